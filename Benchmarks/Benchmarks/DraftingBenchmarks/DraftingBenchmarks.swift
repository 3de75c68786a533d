import Benchmark
import Foundation
import MarkdownWriter
import PlainTextWriter
import ReportDrafting
import ReportModel
import ReportPluginKit
import XLSXWriter

/// Issue 7's targets: drafting the bundled example in-process, the way `reportkit draft` does
/// (load the 2023 template and the data, draft, write every output to files), in under 50 ms; and a
/// city's worth of districts (40 variants of the example) in one process in under 2 s.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(3))

    /// `Benchmarks/Benchmarks/DraftingBenchmarks/` → the repository.
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let schemeURL = root.appendingPathComponent("Templates/chongqing/2023.yml")
    let dataURL = root.appendingPathComponent("Examples/青溪区/data.yml")
    let writers: [any ReportWriter] = [MarkdownWriter(), PlainTextWriter(), XLSXReportWriter()]
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drafting-benchmarks-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard let dataText = try? String(contentsOf: dataURL, encoding: .utf8) else {
        fatalError("找不到示例数据 \(dataURL.path)")
    }
    let districts = (0..<40).map { dataText.replacingOccurrences(of: "青溪区", with: "虚构\($0)区") }

    func draftAndWrite(_ scheme: EvaluationScheme, _ text: String, name: String) throws {
        let report = try Drafter(scheme: scheme).draft(DistrictDataLoader.load(text: text, path: "\(name).yml"))
        for writer in writers {
            try writer.write(report, to: folder.appendingPathComponent("\(name).\(writer.fileExtension)"), options: WriterOptions())
        }
    }

    Benchmark("draft the example: template + data + every output (target < 50 ms)") { benchmark in
        for _ in benchmark.scaledIterations {
            let scheme = try SchemeTemplateLoader.load(contentsOf: schemeURL)
            let text = try String(contentsOf: dataURL, encoding: .utf8)
            try draftAndWrite(scheme, text, name: "example")
        }
    }

    Benchmark("draft 40 districts in one process (target < 2 s)", configuration: .init(maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            let scheme = try SchemeTemplateLoader.load(contentsOf: schemeURL)
            for (index, text) in districts.enumerated() { try draftAndWrite(scheme, text, name: "district\(index)") }
        }
    }
}
