import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import ReportScheme
import SchemeRules
import Testing
import TestSupport

/// A draft made from a scheme answers every point of it, in order, and a point dropped from the
/// draft is reported.
struct DraftCoverageTests {
    static func draft(_ year: Int, data: String) throws -> (EvaluationScheme, Report) {
        let scheme = try SeedCoverageTests.scheme(year)
        let report = try Drafter(scheme: scheme).draft(DistrictDataLoader.load(text: data, path: "d.yml"))
        return (scheme, report)
    }

    static func check(_ rule: any ReportRule, _ report: Report, _ scheme: EvaluationScheme) -> [Diagnostic] {
        rule.check(report, context: RuleContext(scheme: scheme))
    }

    @Test(arguments: [2022, 2023])
    func aSkeletonDraftAnswersEveryPointInOrder(year: Int) throws {
        let (scheme, report) = try Self.draft(year, data: "district: 甲区\nyear: \(year - 1)\n")
        #expect(SchemeCoverage(scheme: scheme, report: report).matches.allSatisfy { $0.answer != nil })
        #expect(Self.check(PointMissingRule(), report, scheme).isEmpty)
        #expect(Self.check(SchemeOrderRule(), report, scheme).isEmpty)
    }

    @Test func aPointDroppedFromADraftIsReportedAtItsCategory() throws {
        var (scheme, report) = try Self.draft(2023, data: "district: 甲区\nyear: 2022\n")
        let findings = try #require(report.sections.firstIndex { $0.role == .findings })
        let removed = report.sections[findings].children[2].children.remove(at: 4)
        #expect(removed.title == "深入推动“双减”落地落实")
        let diagnostics = Self.check(PointMissingRule(), report, scheme)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("“深入推动“双减”落地落实”（“统筹推进教育发展”第5/7项）") == true)
        #expect(diagnostics.first?.range.start == report.sections[findings].children[2].headingRange.start)
        scheme.categories[2].points.swapAt(0, 1)
        let order = Self.check(SchemeOrderRule(), report, scheme)
        #expect(order.count == 1)
        #expect(order.first?.severity == .info)
    }
}
