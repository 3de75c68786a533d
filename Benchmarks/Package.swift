// swift-tools-version: 6.1
import PackageDescription

// A package of its own, so that `swift build` and `swift test` of ReportKit never compile the
// benchmark harness. Run with `swift package benchmark` from this folder (see README.md).

/// An ordo-one benchmark suite in `Benchmarks/<name>`, using the ReportKit products named (and the
/// shared seed and corpus inputs unless `inputs` is false).
func suite(_ name: String, _ products: [String], inputs: Bool = true) -> Target {
    .executableTarget(
        name: name,
        dependencies: (inputs ? ["BenchmarkInputs"] : [])
            + [.product(name: "Benchmark", package: "benchmark")]
            + products.map { .product(name: $0, package: "ReportKit") },
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
}

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
        suite("ParsingBenchmarks", ["ReportKit"]),
        suite("WriterBenchmarks", ["ReportKit", "ReportKitTextWriters"]),
        suite("ShapeBenchmarks", ["ReportKit", "ReportKitRules", "ReportKitTextWriters", "ReportKitDocx", "XLSXWriter"]),
        suite("DraftingBenchmarks", ["ReportKit", "ReportKitTextWriters", "ReportDrafting", "XLSXWriter"], inputs: false),
        suite("XLSXBenchmarks", ["XLSXWriter"]),
        // Not an ordo-one suite: a plain process to time against CBaseline/ with hyperfine.
        .executableTarget(
            name: "xlsx-writer-bench",
            dependencies: ["BenchmarkInputs", .product(name: "XLSXWriter", package: "ReportKit")],
            path: "Sources/XLSXWriterBench"),
        suite("LintBenchmarks", ["ReportKit", "ReportKitBuiltins"]),
        suite("FigureBenchmarks", ["ReportKit", "ReportKitRules"]),
        suite("DocxBenchmarks", ["ReportKit", "ReportKitRules", "ReportKitDocx", "ReportReview"]),
    ],
    swiftLanguageModes: [.v6]
)
