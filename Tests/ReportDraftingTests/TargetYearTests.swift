import Foundation
import ReportDrafting
import ReportModel
import Testing

/// 完成情况 in the drafted appendix knows the target year, as `indicator.target-unmet` does: a target
/// for a later year still running when the report is written is 推进中, not 未完成.
struct TargetYearTests {
    static func data(targetYear: Int?, targetHeader: String = "目标值", date: String? = nil) -> DistrictData {
        let at = DataLocation(line: 1, column: 1)
        return DistrictData(
            path: "data.yml", district: "澄江区", year: 2023, date: date, targetHeader: targetHeader,
            indicators: [
                DataIndicator(category: "学前教育", name: "学前三年毛入园率", unit: "%",
                              target: IndicatorValue(comparator: .greaterThanOrEqual, value: 95),
                              actual: Quantity(Decimal(string: "92.4")!, fractionDigits: 1), location: at,
                              targetYear: targetYear),
                DataIndicator(category: "义务教育", name: "九年义务教育巩固率", unit: "%",
                              target: IndicatorValue(comparator: .greaterThan, value: 95),
                              actual: Quantity(Decimal(string: "96.2")!, fractionDigits: 1), location: at,
                              targetYear: targetYear),
            ])
    }

    /// The 完成情况 cells of the drafted appendix.
    static func completions(_ data: DistrictData) throws -> [String] {
        let report = try Drafter(scheme: SchemeTemplateTests.template(2023)).draft(data)
        let table = try #require(report.allBlocks.compactMap { block -> Table? in
            if case .table(let table) = block, table.indicatorTableIndex != nil { return table }
            return nil
        }.first)
        #expect(table.rows[0].last?.text == "完成情况")
        return Array(table.rows.dropFirst().prefix(2).map { $0.last?.text ?? "" })
    }

    @Test func aLaterTargetYearStillRunningIsInProgress() throws {
        #expect(try Self.completions(Self.data(targetYear: 2025)) == ["推进中", "已完成"])
        #expect(try Self.completions(Self.data(targetYear: 2025, date: "2024年3月1日")) == ["推进中", "已完成"])
        // From the column header alone (YAML data: `target: 2025年目标`).
        #expect(try Self.completions(Self.data(targetYear: nil, targetHeader: "2025年目标")) == ["推进中", "已完成"])
    }

    @Test func aTargetForTheReportYearOrAnEndedPeriodIsUnmet() throws {
        #expect(try Self.completions(Self.data(targetYear: 2023)) == ["未完成", "已完成"])
        #expect(try Self.completions(Self.data(targetYear: nil)) == ["未完成", "已完成"])
        // Written after the 2025 target's period ended: the miss is a miss.
        #expect(try Self.completions(Self.data(targetYear: 2025, date: "2026年2月1日")) == ["未完成", "已完成"])
    }

    @Test func theSharedNotionComparesPeriodsOnTheReportsDay() {
        let ahead = IndicatorCompletion.targetIsAhead(
            targetPeriod: IndicatorPeriod(year: 2025), actualPeriod: nil, reportYear: 2023, today: (2024, 3, 1))
        #expect(ahead)
        #expect(!IndicatorCompletion.targetIsAhead(
            targetPeriod: IndicatorPeriod(year: 2025), actualPeriod: IndicatorPeriod(year: 2025), reportYear: 2023,
            today: (2024, 3, 1)))
        #expect(IndicatorCompletion.of(
            target: IndicatorValue(value: 95), actual: IndicatorValue(value: 90), targetIsAhead: true) == .inProgress)
        #expect(IndicatorCompletion.of(
            target: IndicatorValue(value: 95), actual: IndicatorValue(value: 96), targetIsAhead: true) == .met)
    }
}
