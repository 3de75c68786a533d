// Drafts the bundled example in-process, the way `reportkit draft` does: load the 2023 template and
// the data, draft, and write Markdown, text and XLSX into a temporary folder. Then drafts a city's
// worth of districts (40 variants of the example) in one process.
//
// Targets (issue 7): one example with all three outputs under 50 ms; 40 districts under 2 s.
// Usage: drafting-bench [repetitions]   (run from this folder, or set REPORTKIT_ROOT)
import Foundation
import MarkdownWriter
import PlainTextWriter
import ReportDrafting
import ReportModel
import ReportPluginKit
import XLSXWriter

let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["REPORTKIT_ROOT"] ?? "../..")
let schemeURL = root.appendingPathComponent("Templates/chongqing/2023.yml")
let dataURL = root.appendingPathComponent("Examples/青溪区/data.yml")
let repetitions = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 20 : 20
let writers: [any ReportWriter] = [MarkdownWriter(), PlainTextWriter(), XLSXReportWriter()]
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drafting-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

/// Drafts one district from data text and writes every output; returns nothing, throws on failure.
func draftAndWrite(scheme: EvaluationScheme, dataText: String, name: String) throws {
    let data = try DistrictDataLoader.load(text: dataText, path: "\(name).yml")
    let report = try Drafter(scheme: scheme).draft(data)
    for writer in writers {
        try writer.write(report, to: folder.appendingPathComponent("\(name).\(writer.fileExtension)"), options: WriterOptions())
    }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let clock = ContinuousClock()
let dataText = try String(contentsOf: dataURL, encoding: .utf8)
var single: [Double] = []
for index in 0..<repetitions {
    let start = clock.now
    let scheme = try SchemeTemplateLoader.load(contentsOf: schemeURL)
    try draftAndWrite(scheme: scheme, dataText: String(decoding: try Data(contentsOf: dataURL), as: UTF8.self), name: "example\(index)")
    single.append(milliseconds(clock.now - start))
}
let cityStart = clock.now
let scheme = try SchemeTemplateLoader.load(contentsOf: schemeURL)
for district in 0..<40 {
    try draftAndWrite(scheme: scheme, dataText: dataText.replacingOccurrences(of: "青溪区", with: "虚构\(district)区"),
                      name: "district\(district)")
}
let city = milliseconds(clock.now - cityStart)
// Where the time goes, for one run: loading, drafting, each writer.
var stages: [String] = []
var mark = clock.now
@MainActor func stage(_ name: String) { stages.append(String(format: "%@ %.1f ms", name, milliseconds(clock.now - mark))); mark = clock.now }
let stageScheme = try SchemeTemplateLoader.load(contentsOf: schemeURL); stage("template")
let stageData = try DistrictDataLoader.load(text: dataText, path: "d.yml"); stage("data")
let stageReport = try Drafter(scheme: stageScheme).draft(stageData); stage("draft")
for writer in writers {
    try writer.write(stageReport, to: folder.appendingPathComponent("stage.\(writer.fileExtension)"), options: WriterOptions())
    stage(writer.id)
}
print("stages: " + stages.joined(separator: ", "))
let sorted = single.sorted()
print(String(format: "example, all outputs: first %.1f ms, median %.1f ms, best %.1f ms (%d runs; target < 50 ms)",
             single[0], sorted[sorted.count / 2], sorted[0], single.count))
print(String(format: "40 districts, all outputs, one process: %.0f ms (target < 2000 ms)", city))
