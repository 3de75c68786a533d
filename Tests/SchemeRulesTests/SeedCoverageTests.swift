import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import ReportReading
import ReportScheme
import SchemeRules
import Testing
import TestSupport

/// Scheme coverage on the real reports: seed 001 against Chongqing's 2022 scheme, seed 002 against 2023's.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct SeedCoverageTests {
    static func scheme(_ year: Int) throws -> EvaluationScheme {
        try SchemeTemplateLoader.load(
            contentsOf: Repository.root.appendingPathComponent("Templates/chongqing/\(year).yml"),
            displayPath: "Templates/chongqing/\(year).yml")
    }

    static func lint(_ text: String, scheme: EvaluationScheme, rule: any ReportRule = PointMissingRule()) -> [Diagnostic] {
        let report = ReportReader.read(text: text, path: "draft.txt", format: .text).report
        return rule.check(report, context: RuleContext(scheme: scheme))
    }

    @Test func seed001AnswersAll38PointsOfThe2022Scheme() throws {
        let scheme = try Self.scheme(2022)
        #expect(scheme.allPoints.count == 38)
        let diagnostics = Self.lint(try Seeds.text("001"), scheme: scheme)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(Self.lint(try Seeds.text("001"), scheme: scheme, rule: SchemeOrderRule()).isEmpty)
    }

    /// Removing any one numbered point from seed 001 is reported with exactly that point's title,
    /// at the heading of its category.
    @Test(arguments: 1...38)
    func removingOnePointFromSeed001IsReported(number: Int) throws {
        let scheme = try Self.scheme(2022)
        let lines = try Seeds.text("001").components(separatedBy: "\n")
        let kept = lines.filter { !$0.hasPrefix("\(number).") }
        #expect(kept.count == lines.count - 1)
        let diagnostics = Self.lint(kept.joined(separator: "\n"), scheme: scheme)
        let (category, point) = scheme.allPoints[number - 1]
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.ruleID == "scheme.point-missing")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("“\(point.title)”"))
        let headingLine = kept.firstIndex { $0.hasPrefix("(") && $0.contains(category.title) }.map { $0 + 1 }
        #expect(diagnostic.range.start.line == headingLine)
        #expect(diagnostic.range.start.column == 1)
    }

    @Test func seed001MovedPointIsReportedOutOfOrder() throws {
        let scheme = try Self.scheme(2022)
        var lines = try Seeds.text("001").components(separatedBy: "\n")
        let from = try #require(lines.firstIndex { $0.hasPrefix("30.") })
        let moved = lines.remove(at: from)
        let to = try #require(lines.firstIndex { $0.hasPrefix("34.") })
        lines.insert(moved, at: to + 1)
        let text = lines.joined(separator: "\n")
        #expect(Self.lint(text, scheme: scheme).isEmpty)
        let order = Self.lint(text, scheme: scheme, rule: SchemeOrderRule())
        #expect(order.count == 1)
        #expect(order.first?.severity == .info)
        #expect(order.first?.message.contains("不断加强未成年人学校保护") == true)
    }

    @Test func seed002AnswersThe2023SchemeThroughItsItems() throws {
        let scheme = try Self.scheme(2023)
        let diagnostics = Self.lint(try Seeds.text("002"), scheme: scheme)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func seed001AgainstThe2023SchemeMissesMostPoints() throws {
        let diagnostics = Self.lint(try Seeds.text("001"), scheme: try Self.scheme(2023))
        #expect(diagnostics.count >= 8)
    }
}
