import Benchmark
import BenchmarkInputs
import MarkdownWriter
import PlainTextWriter
import ReportReading

/// Issue 6's targets: rendering seed 001 (read once, outside the measurement) as Markdown and as
/// plain text, each in under 2 ms.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(3))

    let seed001 = ReportReader.read(text: BenchmarkInputs.seed("001"), path: "001.txt", format: .text).report

    Benchmark("render seed 001 as Markdown") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(MarkdownWriter().render(seed001))
        }
    }

    Benchmark("render seed 001 as plain text") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(PlainTextWriter().render(seed001))
        }
    }
}
