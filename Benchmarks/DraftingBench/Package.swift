// swift-tools-version: 6.1
// The drafting benchmark (issue 7), kept out of the main package so that `swift build` there never
// compiles it. Run with `swift run -c release drafting-bench` in this folder.
import PackageDescription

let package = Package(
    name: "DraftingBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ReportKit", path: "../..")],
    targets: [
        .executableTarget(
            name: "drafting-bench",
            dependencies: [
                .product(name: "ReportKit", package: "ReportKit"),
                .product(name: "ReportDrafting", package: "ReportKit"),
                .product(name: "MarkdownWriter", package: "ReportKit"),
                .product(name: "PlainTextWriter", package: "ReportKit"),
                .product(name: "XLSXWriter", package: "ReportKit"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
