import Benchmark
import BenchmarkInputs
import ReportKitBuiltins
import ReportLinting
import ReportPluginKit
import ReportReading

/// Issue 4 and 5's targets: lint (all rules) of seed 001 under 5 ms in-process; reading and linting
/// a corpus made by repeating the seeds at ≥ 20 MB/s on one core, linear from 1 to 100 MB.
/// Issue 18's: the `wording.*` family costs at most 10 % of the whole lint (compare the runs "all rules"
/// and "without wording.*"; instruction counts hold on a loaded machine, times do not).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        // User and system CPU apart: at 100 MB the kernel's page faults (memory first touched) are a
        // large part of the time, so memory is speed here; malloc counts show where it goes.
        metrics: [
            .wallClock, .cpuTotal, .cpuUser, .cpuSystem, .instructions, .throughput, .peakMemoryResident,
            .mallocCountTotal,
        ],
        maxDuration: .seconds(5))

    // The rules the CLI runs; the second engine leaves out the wording family to show what it costs.
    let engines = [
        ("all rules", LintEngine(rules: BuiltinPlugins.rules)),
        ("without wording.*", LintEngine(rules: BuiltinPlugins.rules.filter { !$0.metadata.id.hasPrefix("wording.") })),
    ]
    let seed001 = ReportReader.read(text: BenchmarkInputs.seed("001"), path: "001.txt", format: .text).report

    for (name, engine) in engines {
        Benchmark("lint seed 001, \(name) (report already read)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(engine.findings(in: seed001))
            }
        }
    }

    for megabytes in [1, 10, 100] {
        let corpus = BenchmarkInputs.corpus(bytes: megabytes * 1_000_000)
        for (name, engine) in engines where megabytes == 10 || name == "all rules" {
            Benchmark(
                "read and lint a \(megabytes) MB corpus, \(name)",
                configuration: .init(scalingFactor: .one, maxIterations: megabytes >= 100 ? 2 : 10)
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    let report = ReportReader.read(text: corpus, path: "corpus.txt", format: .text).report
                    blackHole(engine.findings(in: report))
                }
            }
        }
    }
}
