// swift-tools-version: 6.1
import PackageDescription

/// A built-in plugin: a library target under `Plugins/` that depends on the core only.
func plugin(_ name: String, dependencies: [Target.Dependency] = [], resources: [Resource]? = nil) -> Target {
    .target(
        name: name,
        dependencies: ["ReportModel", "ReportPluginKit"] + dependencies,
        path: "Plugins/\(name)",
        resources: resources)
}

/// The plugin targets under `Plugins/` that `ReportKitBuiltins` lists (the C system libraries aside).
let builtinPluginTargets = [
    "StructureRules", "NumberingRules", "TypographyRules", "DocumentRules", "FigureRules", "SchemeRules",
    "WordingRules", "MarkdownWriter", "PlainTextWriter", "XLSXWriter", "DocxWriter",
]

let package = Package(
    name: "ReportKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ReportKit", targets: ["ReportModel", "ReportReading", "ReportPluginKit", "ReportLinting", "ReportQuantities"]),
        .library(name: "ReportKitTextWriters", targets: ["MarkdownWriter", "PlainTextWriter"]),
        .library(name: "ReportScheme", targets: ["ReportScheme"]),
        .library(name: "ReportDrafting", targets: ["ReportDrafting"]),
        .library(name: "XLSXWriter", targets: ["XLSXWriter"]),
        .library(name: "ReportKitRules", targets: ["StructureRules", "NumberingRules", "TypographyRules", "DocumentRules", "FigureRules", "WordingRules"]),
        .library(name: "ReportKitDocx", targets: ["DocxWriter"]),
        .library(name: "ReportReview", targets: ["ReportReview"]),
        // Every built-in rule and writer in one list (the benchmarks lint with what the CLI lints with).
        .library(name: "ReportKitBuiltins", targets: ["ReportKitBuiltins"]),
        .executable(name: "reportkit", targets: ["reportkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // No default traits: the server needs neither swift-configuration nor Foundation's URL-encoded forms.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // The core: the document model (no I/O), the readers that fill it, the plugin API.
        .target(name: "ReportModel"),
        .target(
            name: "ReportReading",
            dependencies: ["ReportModel", .target(name: "CReportZlib", condition: .when(platforms: [.linux]))]),
        // The system zlib, which the Word reader inflates parts with under its own size limits
        // (Apple platforms have it as the SDK's `zlib` module).
        .systemLibrary(
            name: "CReportZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // glibc's mallopt, for the command's memory settings (Linux only).
        .systemLibrary(name: "CReportMalloc"),
        .target(name: "ReportPluginKit", dependencies: ["ReportModel"]),
        .target(name: "ReportOutput", dependencies: ["ReportModel"]),
        // Review in Word (issue 16): findings as comments, fixes as tracked changes in a copy of a .docx.
        .target(
            name: "ReportReview",
            dependencies: [
                "ReportModel", "ReportReading", "ReportPluginKit", "ReportLinting",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The limit every YAML loader applies to anchors and aliases (issue 14).
        .target(name: "YAMLLimits", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "ReportQuantities", dependencies: ["ReportModel"]),
        .target(
            name: "ReportLinting",
            dependencies: [
                // The configuration is read with the scheme's YAML node reader (one for templates,
                // district data and `.reportkit.yml`).
                "ReportModel", "ReportReading", "ReportPluginKit", "ReportQuantities", "ReportScheme",
            ]),

        // The evaluation scheme in one place (issue 20): the model, the template loader with its YAML
        // node reader (which drafting's data loader shares), and the one way rules receive the scheme.
        .target(
            name: "ReportScheme",
            dependencies: [
                "ReportModel", "ReportPluginKit", "YAMLLimits", .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .target(
            name: "ReportDrafting",
            dependencies: [
                // ReportQuantities: the units' Chinese multipliers (亿元 → 万元 for last year's figures).
                "ReportModel", "ReportScheme", "ReportQuantities",
                // The district's Excel data form (issue 19): described through the plugin kit, read back
                // with the reader's guarded zip and XML parsing.
                "ReportPluginKit", "ReportReading",
            ]),
        plugin("SchemeRules", dependencies: ["ReportScheme"]),
        // The local web page and JSON API (issue 9): plugins come in through a PluginRegistry.
        .target(
            name: "ReportServer",
            dependencies: [
                "ReportModel", "ReportReading", "ReportPluginKit", "ReportLinting", "ReportReview", "ReportScheme",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ],
            // The page is compiled into the binary: a `reportkit` copied anywhere (or linked with
            // --static-swift-stdlib) serves it without a resource bundle beside it.
            resources: [
                .embedInCode("Resources/index.html"), .embedInCode("Resources/app.js"),
                .embedInCode("Resources/style.css"),
            ]),

        // The one list of built-in plugins: the CLI, the server and every test take it from here.
        .target(
            name: "ReportKitBuiltins",
            dependencies: ["ReportPluginKit"] + builtinPluginTargets.map { .target(name: $0) }),

        // The command line: the composition root, wiring the built-in list into the commands.
        .executableTarget(
            name: "reportkit",
            dependencies: [
                "ReportModel", "ReportReading", "ReportPluginKit", "ReportLinting", "ReportOutput",
                "ReportDrafting", "ReportQuantities", "ReportKitBuiltins", "ReportServer", "ReportReview", "ReportScheme",
                .target(name: "CReportMalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Built-in lint rules (issue 4).
        plugin("StructureRules"), plugin("NumberingRules"), plugin("TypographyRules"), plugin("DocumentRules"),
        // Figures that must add up (issue 5).
        plugin("FigureRules", dependencies: ["ReportQuantities"]),
        // Official formulations, organisation names and misused words (issue 18).
        // The catalogue of official forms is data (YAML) compiled into the binary.
        plugin(
            "WordingRules", dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Catalogue/formulations.yml")]),
        // Word output (issue 8).
        plugin("DocxWriter", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // Writers: one plugin target each, depending on the core only.
        plugin("MarkdownWriter"),
        plugin("PlainTextWriter"),
        // XLSX indicator appendix: libxlsxwriter (Debian `libxlsxwriter-dev`) and the Swift writer around it.
        .systemLibrary(
            name: "CXlsxWriter", path: "Plugins/CXlsxWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        plugin("XLSXWriter", dependencies: ["CXlsxWriter"]),

        .target(
            name: "TestSupport", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"),
        .testTarget(
            name: "ReportReviewTests",
            dependencies: ["ReportReview", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "ReportModelTests",
            dependencies: ["ReportModel", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "ReportReadingTests",
            dependencies: ["ReportReading", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReportLintingTests",
            dependencies: [
                "ReportLinting", "ReportModel", "ReportPluginKit", "ReportReading", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "RuleExamplesTests",
            dependencies: [
                "ReportKitBuiltins", "ReportLinting", "ReportModel", "ReportPluginKit", "ReportReading", "TestSupport",
                // Imported by the tests of single rules.
                "StructureRules", "NumberingRules", "TypographyRules", "DocumentRules",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "XLSXWriterTests",
            dependencies: [
                "XLSXWriter", "ReportReading", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DocxTests",
            dependencies: [
                "ReportReading", "ReportLinting", "ReportReview", "DocxWriter", "TestSupport",
                .target(name: "CReportZlib", condition: .when(platforms: [.linux])),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "ReportKitCLITests", dependencies: ["ReportModel", "TestSupport"]),
        .testTarget(
            name: "ReportDraftingTests",
            dependencies: [
                "ReportDrafting", "ReportScheme", "ReportReading", "TestSupport", "XLSXWriter", "ReportPluginKit", "MarkdownWriter",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WordingRulesTests",
            dependencies: [
                "WordingRules", "ReportModel", "ReportPluginKit", "ReportReading", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "SchemeRulesTests",
            dependencies: ["SchemeRules", "ReportScheme", "ReportDrafting", "ReportReading", "ReportPluginKit", "TestSupport"]),
        .testTarget(
            name: "WriterTests",
            dependencies: [
                "MarkdownWriter", "PlainTextWriter", "ReportReading", "ReportModel", "ReportPluginKit", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReportQuantitiesTests",
            dependencies: [
                "ReportQuantities", "ReportReading", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "FigureRulesTests",
            dependencies: [
                "FigureRules", "ReportQuantities", "ReportReading", "ReportPluginKit", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ReportServerTests",
            dependencies: [
                "ReportServer", "ReportPluginKit", "TestSupport", "ReportReading", "ReportDrafting", "ReportScheme", "ReportModel",
                "ReportLinting", "ReportKitBuiltins",
                // The router is driven in-process (InProcessClient): no HummingbirdTesting, so no
                // AsyncHTTPClient, swift-nio-ssl (BoringSSL) or swift-nio-http2 in the build.
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
