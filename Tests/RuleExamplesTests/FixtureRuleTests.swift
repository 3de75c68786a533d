import Foundation
import ReportKitBuiltins
import ReportModel
import ReportPluginKit
import ReportReading
import Testing

/// The rules on fixtures written for them: complete, correct reports raise nothing, and each planted
/// defect is found by its rule, at its line, and by no other rule.
@Suite struct FixtureRuleTests {
    static func lint(_ name: String) throws -> [Diagnostic] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        let document = try ReportReader.read(contentsOf: url, displayPath: name)
        return allRules.flatMap { $0.check(document.report, context: RuleContext()) }
    }

    @Test(arguments: ["clean.txt", "clean.md"])
    func cleanReportRaisesNothing(_ name: String) throws {
        let diagnostics = try Self.lint(name)
        #expect(diagnostics.isEmpty, "\(name):\n\(describe(diagnostics))")
    }

    static let defects: [(file: String, rule: String, line: Int)] = [
        ("missing-part.txt", "structure.missing-part", 3),
        ("empty-section.txt", "structure.empty-section", 26),
        ("part-order.txt", "structure.part-order", 22),
        ("numbering-gap.txt", "numbering.gap", 20),
        ("numbering-style.txt", "numbering.style", 14),
        ("placeholder.txt", "placeholder.unfilled", 16),
        ("half-width.txt", "punctuation.half-width", 12),
        ("range-dash.txt", "punctuation.range-dash", 20),
        ("unpaired.txt", "punctuation.unpaired", 14),
        ("repeated.txt", "punctuation.repeated", 14),
        ("nested-title.txt", "punctuation.nested-title", 14),
        ("docnumber.txt", "docnumber.format", 18),
        ("date-invalid.txt", "date.invalid", 35),
        ("date-format.txt", "date.format", 35),
        ("placeholder-figure.txt", "placeholder.figure", 16),
        ("date-incomplete.txt", "date.incomplete", 18),
        ("year-mismatch.txt", "date.year-mismatch", 8),
        ("self-score.txt", "score.self", 20),
        ("numbering-malformed.txt", "numbering.malformed", 18),
    ]

    @Test func gapMessageNamesThePartAndTheNeighbours() throws {
        let diagnostics = try Self.lint("numbering-gap.txt")
        #expect(diagnostics.map(\.message) == ["第一部分缺少编号“（三）”：（二）之后是（四）"])
    }

    /// The figure, scheme and wording rules plant their defects in their own suites' fixtures.
    @Test func everyRuleHasAFixture() {
        let elsewhere: Set = ["FigureRules", "SchemeRules", "WordingRules"]
        let families = BuiltinPlugins.rules.filter { !elsewhere.contains(BuiltinPlugins.module(of: $0)) }
        #expect(Set(Self.defects.map(\.rule)) == Set(families.map(\.metadata.id)))
    }

    @Test(arguments: defects.map(\.file))
    func plantedDefectIsFound(_ file: String) throws {
        let defect = try #require(Self.defects.first { $0.file == file })
        let diagnostics = try Self.lint(file)
        #expect(diagnostics.map(\.ruleID) == [defect.rule], "\(file):\n\(describe(diagnostics))")
        #expect(diagnostics.first?.range.start.line == defect.line, "\(file):\n\(describe(diagnostics))")
    }
}
