import Benchmark
import BenchmarkInputs
import DocumentRules
import DocxWriter
import FigureRules
import Foundation
import NumberingRules
import ReportLinting
import ReportPluginKit
import ReportReading
import ReportReview
import StructureRules
import TypographyRules

/// Issue 8's targets: reading and linting a 50-page `.docx` under 200 ms; writing seed 002 as
/// `.docx` under 50 ms. Issue 16's: annotating a 50-page draft with 200 findings under 200 ms.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(3))

    let seed002 = ReportReader.read(text: seed("002"), path: "002.txt", format: .text).report
    // Seed 001 repeated to at least 23 000 Characters (32 000 in all): LibreOffice lays the .docx out on
    // 55 pages of 三号 type at 28-point lines, a little over the 50 pages of the target.
    let large = ReportReader.read(text: largeReport(characters: 23_000), path: "large.txt", format: .text)
    let fiftyPages = (try? DocxWriter().data(for: large.report)) ?? Data()
    let engine = LintEngine(rules: StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all
        + FigureRules.all)

    Benchmark("read and lint a 50-page .docx") { benchmark in
        for _ in benchmark.scaledIterations {
            let document = try ReportReader.read(data: fiftyPages, path: "large.docx", format: .docx)
            blackHole(engine.lint(document.report, today: (2025, 1, 1)))
        }
    }

    Benchmark("read a 50-page .docx") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ReportReader.read(data: fiftyPages, path: "large.docx", format: .docx))
        }
    }

    // The same 50 pages with 200 half-width commas planted (200 findings, each with a fix).
    var commas = 0
    let withMistakes = large.lines.map { line in
        String(line.map { character -> Character in
            guard character == "，", commas < 200 else { return character }
            commas += 1
            return ","
        })
    }
    let mistaken = ReportReader.read(text: withMistakes.joined(separator: "\n"), path: "large.txt", format: .text)
    let mistakenDocx = (try? DocxWriter().data(for: mistaken.report)) ?? Data()
    let mistakenDocument = try? ReportReader.read(data: mistakenDocx, path: "large.docx", format: .docx)
    let findings = mistakenDocument.map { engine.lint($0.report, today: (2025, 1, 1)) } ?? []
    let titles = Dictionary((StructureRules.all + NumberingRules.all + TypographyRules.all).map { ($0.metadata.id, $0.metadata.title) },
                            uniquingKeysWith: { first, _ in first })
    let planted = findings.filter { $0.ruleID == "punctuation.half-width" }.prefix(200)
    for (name, revise, chosen) in [("annotate", false, Array(planted)), ("annotate and revise", true, Array(planted)),
                                   ("annotate", false, findings)] {
        Benchmark("\(name) a 50-page .docx with \(chosen.count) findings") { benchmark in
            guard let document = mistakenDocument else { return }
            let plan = ReviewPlan(annotate: true, revise: revise, titles: titles)
            for _ in benchmark.scaledIterations {
                blackHole(try WordReview.reviewedPackage(
                    data: mistakenDocx, path: "large.docx", document: document, diagnostics: chosen, plan: plan,
                    date: Date(timeIntervalSince1970: 0)))
            }
        }
    }

    Benchmark("write seed 002 as .docx") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DocxWriter().data(for: seed002))
        }
    }
}

/// A seed from `REPORTKIT_SEEDS` when set (a worktree has no `../shared/seeds` beside it), else
/// from the usual place.
func seed(_ prefix: String) -> String {
    guard let folder = ProcessInfo.processInfo.environment["REPORTKIT_SEEDS"] else { return BenchmarkInputs.seed(prefix) }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
          let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else {
        fatalError("找不到样本 \(prefix)（REPORTKIT_SEEDS=\(folder)）")
    }
    return text
}

/// Seed 001's findings part repeated with continuing part numbers up to `characters` Characters.
func largeReport(characters: Int) -> String {
    let text = seed("001")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("一、") }) else { return text }
    let body = lines[(start + 1)...].joined(separator: "\n")
    var result = lines[..<start].joined(separator: "\n") + "\n"
    var part = 1
    while result.count < characters {
        result += "\n\(part)、第\(part)部分\n" + body + "\n"
        part += 1
    }
    return result
}
