import Benchmark
import BenchmarkInputs
import ReportReading

/// Issue 3's targets: seed 001 (30 KB) parsed in under 1 ms; at least 50 MB/s on a 1 MB report;
/// memory under 10× the input.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(3))

    let seed001 = BenchmarkInputs.seed("001")
    let seed002 = BenchmarkInputs.seed("002")
    let oneMegabyte = BenchmarkInputs.largeReport(bytes: 1_000_000)

    Benchmark("parse seed 001 (30 KB)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ReportReader.read(text: seed001, path: "001.txt", format: .text))
        }
    }

    Benchmark("parse seed 002 (15 KB)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ReportReader.read(text: seed002, path: "002.txt", format: .text))
        }
    }

    Benchmark("parse 1 MB report", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ReportReader.read(text: oneMegabyte, path: "large.txt", format: .text))
        }
    }
}
