import Benchmark
import BenchmarkInputs
import FigureRules
import ReportModel
import ReportPluginKit
import ReportQuantities
import ReportReading

/// Issue 5's targets: all figure rules on seed 001 well under 5 ms; at least 20 MB/s on a 10 MB
/// corpus. Each iteration reads the figures afresh (as `lint` does once per file) and hands them to
/// the rules through `RuleContext.extensions`, so no iteration reuses another's work.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(3))

    let seed001 = ReportReader.read(text: BenchmarkInputs.seed("001"), path: "001.txt", format: .text).report
    let seed002 = ReportReader.read(text: BenchmarkInputs.seed("002"), path: "002.txt", format: .text).report
    let corpusText = BenchmarkInputs.corpus(bytes: 10_000_000)
    let corpus = ReportReader.read(text: corpusText, path: "corpus.txt", format: .text).report

    @Sendable func lint(_ report: Report) -> Int {
        let analysis = QuantityAnalysis.analyze(report)
        let context = RuleContext(today: (2026, 1, 1), extensions: [QuantityAnalysis.contextKey: analysis])
        return FigureRules.all.reduce(0) { $0 + $1.check(report, context: context).count }
    }

    Benchmark("quantities of seed 001 (30 KB)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(QuantityAnalysis.analyze(seed001))
        }
    }

    Benchmark("figure rules on seed 001 (30 KB)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(lint(seed001))
        }
    }

    Benchmark("figure rules on seed 002 (15 KB)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(lint(seed002))
        }
    }

    // Throughput in MB/s is 10 × the iterations per second this reports.
    Benchmark(
        "figure rules on a 10 MB corpus",
        configuration: .init(scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(lint(corpus))
        }
    }
}
