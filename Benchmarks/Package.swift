// swift-tools-version: 6.1
import PackageDescription

// A package of its own, so that `swift build` and `swift test` of ReportKit never compile the
// benchmark harness. Run with `swift package benchmark` from this folder (see README.md).
let package = Package(
    name: "ReportKitBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ReportKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchmarkInputs",
            dependencies: [.product(name: "ReportKit", package: "ReportKit")],
            path: "Sources/BenchmarkInputs"),
        .executableTarget(
            name: "ParsingBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ReportKit", package: "ReportKit"),
            ],
            path: "Benchmarks/ParsingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "WriterBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "ReportKitTextWriters", package: "ReportKit"),
            ],
            path: "Benchmarks/WriterBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "DraftingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "ReportKitTextWriters", package: "ReportKit"),
                .product(name: "ReportDrafting", package: "ReportKit"),
                .product(name: "XLSXWriter", package: "ReportKit"),
            ],
            path: "Benchmarks/DraftingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "XLSXBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "XLSXWriter", package: "ReportKit"),
            ],
            path: "Benchmarks/XLSXBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        // Not an ordo-one suite: a plain process to time against CBaseline/ with hyperfine.
        .executableTarget(
            name: "xlsx-writer-bench",
            dependencies: ["BenchmarkInputs", .product(name: "XLSXWriter", package: "ReportKit")],
            path: "Sources/XLSXWriterBench"),
        .executableTarget(
            name: "LintBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "ReportKitRules", package: "ReportKit"),
            ],
            path: "Benchmarks/LintBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "FigureBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "ReportKitRules", package: "ReportKit"),
            ],
            path: "Benchmarks/FigureBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
        .executableTarget(
            name: "DocxBenchmarks",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "ReportKitRules", package: "ReportKit"),
                .product(name: "ReportKitDocx", package: "ReportKit"),
            ],
            path: "Benchmarks/DocxBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ],
    swiftLanguageModes: [.v6]
)
