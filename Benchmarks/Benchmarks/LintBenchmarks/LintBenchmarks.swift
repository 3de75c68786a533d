import Benchmark
import BenchmarkInputs
import DocumentRules
import FigureRules
import NumberingRules
import ReportLinting
import ReportPluginKit
import ReportReading
import StructureRules
import TypographyRules

/// Issue 4 and 5's targets: lint (all rules) of seed 001 under 5 ms in-process; reading and linting
/// a corpus made by repeating the seeds at ≥ 20 MB/s on one core, linear from 1 to 100 MB.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        // User and system CPU apart: at 100 MB the kernel's page faults (memory first touched) are a
        // large part of the time, so memory is speed here; malloc counts show where it goes.
        metrics: [.wallClock, .cpuTotal, .cpuUser, .cpuSystem, .throughput, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(5))

    let engine = LintEngine(
        rules: StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all + FigureRules.all)
    let seed001 = ReportReader.read(text: BenchmarkInputs.seed("001"), path: "001.txt", format: .text).report

    Benchmark("lint seed 001, all rules (report already read)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(engine.lint(seed001))
        }
    }

    for megabytes in [1, 10, 100] {
        let corpus = BenchmarkInputs.corpus(bytes: megabytes * 1_000_000)
        Benchmark(
            "read and lint a \(megabytes) MB corpus",
            configuration: .init(scalingFactor: .one, maxIterations: megabytes >= 100 ? 2 : 10)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let report = ReportReader.read(text: corpus, path: "corpus.txt", format: .text).report
                blackHole(engine.lint(report))
            }
        }
    }
}
