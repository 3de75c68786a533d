// swift-tools-version: 6.1
// The XLSX writer benchmark (issue 6), kept out of the main package so `swift build` there never
// compiles it. Build with `swift build -c release` here; compare with ../CBaseline (see its README).
import PackageDescription

let package = Package(
    name: "XLSXWriterBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ReportKit", path: "../..")],
    targets: [
        .executableTarget(
            name: "xlsx-writer-bench",
            dependencies: [
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "XLSXWriter", package: "ReportKit"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
