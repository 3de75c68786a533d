import Benchmark
import BenchmarkInputs
import Foundation
import ReportPluginKit
import XLSXWriter

/// Issue 6's XLSX targets: a 100,000-row indicator appendix within 1.5× of plain C calling
/// libxlsxwriter for the same cells (`CBaseline/xlsx_baseline.c`), at least 5× faster than Python's
/// XlsxWriter (`CBaseline/xlsx_baseline.py`), and under 100 MB in constant-memory mode.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        maxDuration: .seconds(30), maxIterations: 5)

    let large = SyntheticAppendix.report(rows: 100_000)
    let small = SyntheticAppendix.report(rows: 1_000)
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("reportkit-xlsx-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

    Benchmark("xlsx appendix 100,000 rows (constant memory)", configuration: .init(scalingFactor: .one)) { benchmark in
        let url = folder.appendingPathComponent("large.xlsx")
        for _ in benchmark.scaledIterations {
            try? FileManager.default.removeItem(at: url)
            try XLSXReportWriter().write(large, to: url, options: WriterOptions())
        }
    }

    Benchmark("xlsx appendix 1,000 rows") { benchmark in
        let url = folder.appendingPathComponent("small.xlsx")
        for _ in benchmark.scaledIterations {
            try? FileManager.default.removeItem(at: url)
            try XLSXReportWriter().write(small, to: url, options: WriterOptions())
        }
    }
}
