import Benchmark
import BenchmarkInputs
import Foundation
import DocumentRules
import DocxWriter
import FigureRules
import MarkdownWriter
import NumberingRules
import PlainTextWriter
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportQuantities
import ReportReading
import StructureRules
import TypographyRules
import XLSXWriter

/// Issue 21's targets: every command linear in its input on each odd shape (growth exponent ≤ 1.1
/// from the small to the large size, read off as log(t₂/t₁)/log(10)), and memory bounded. Each shape
/// at two sizes ten times apart: tables, nested sections, paragraphs, numbered items and marks at
/// 10k and 100k; prose (the seeds repeated) at 1 and 10 MB. In-process: the CLI adds its start (≈ 20 ms) and file reading.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident],
        scalingFactor: .one,
        maxDuration: .seconds(3),
        maxIterations: 5)

    let engine = LintEngine(
        rules: StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all + FigureRules.all)
    let human = HumanFormatter()
    let sarif = SARIFFormatter(rules: [])

    var inputs: [(name: String, text: String)] = []
    for shape in ReportShapes.Shape.allCases {
        for size in [10_000, 100_000] {
            inputs.append(("\(shape.rawValue) \(size / 1000)k", ReportShapes.text(shape, size: size)))
        }
    }
    for megabytes in [1, 10] {
        inputs.append(("prose \(megabytes) MB", BenchmarkInputs.corpus(bytes: megabytes * 1_000_000)))
    }

    for (name, text) in inputs {
        Benchmark("read \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(ReportReader.read(text: text, path: "shape.md", format: .markdown))
            }
        }

        Benchmark("read + lint + human output \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                let document = ReportReader.read(text: text, path: "shape.md", format: .markdown)
                let result = FileLintResult(path: "shape.md", diagnostics: engine.findings(in: document.report), lines: document.lines)
                var bytes = 0
                human.write(LintRun(files: [result])) { bytes += $0.utf8.count }
                blackHole(bytes)
            }
        }

        Benchmark("read + lint + SARIF output \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                let document = ReportReader.read(text: text, path: "shape.md", format: .markdown)
                let result = FileLintResult(path: "shape.md", diagnostics: engine.findings(in: document.report), lines: document.lines)
                var bytes = 0
                sarif.write(LintRun(files: [result])) { bytes += $0.count }
                blackHole(bytes)
            }
        }

        // The rows of `lint --export` (place, quote and suggestion of each finding), before the workbook.
        Benchmark("read + lint + findings list \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                let document = ReportReader.read(text: text, path: "shape.md", format: .markdown)
                let result = FileLintResult(path: "shape.md", diagnostics: engine.findings(in: document.report), lines: document.lines)
                blackHole(FindingsExport.report(LintRun(files: [result]), titles: [:], checked: Date()).rows.count)
            }
        }

        Benchmark("read + parse JSON \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                let report = ReportReader.read(text: text, path: "shape.md", format: .markdown).report
                var bytes = 0
                try QuantityJSON.write(report) { bytes += $0.count }
                blackHole(bytes)
            }
        }

        // `render`: each writer to a file, as the command writes it (the XLSX appendix only where
        // the shape has an indicator table).
        let writers: [any ReportWriter] = [MarkdownWriter(), PlainTextWriter(), DocxWriter()]
            + (name.hasPrefix("table") ? [XLSXReportWriter()] : [])
        for writer in writers {
            Benchmark("read + render \(writer.id) \(name)") { benchmark in
                let destination = FileManager.default.temporaryDirectory
                    .appendingPathComponent("shape-benchmark-\(ProcessInfo.processInfo.processIdentifier).\(writer.fileExtension)")
                defer { try? FileManager.default.removeItem(at: destination) }
                let options = WriterOptions(sourceDescription: "shape.md", command: "reportkit render")
                for _ in benchmark.scaledIterations {
                    let report = ReportReader.read(text: text, path: "shape.md", format: .markdown).report
                    try writer.write(report, to: destination, options: options)
                }
            }
        }

        Benchmark("read + lint + apply fixes \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                let document = ReportReader.read(text: text, path: "shape.md", format: .markdown)
                let fixes = engine.findings(in: document.report).compactMap(\.fix)
                blackHole(FixApplier.apply(fixes, to: document.lines))
            }
        }
    }
}
