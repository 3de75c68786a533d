import ReportModel
import ReportReading
import Testing

/// `indicator.target-unmet` and the drafter judge a target's year alike: a `完成值` column without a
/// year speaks for the year the title names, so a 2025 target in a 2023 report is progress until 2025 ends.
struct TargetYearAgreementTests {
    static let text = """
        澄江区人民政府关于2023年度履行教育职责情况的自查报告

        一、主要指标完成情况

        | 分类 | 指标 | 2025年目标 | 完成值 |
        | --- | --- | --- | --- |
        | 学前教育 | 学前三年毛入园率（%） | ≥95 | 92.4 |

        """

    @Test func aLaterTargetAgainstAnUndatedActualColumnIsNotAMissUntilItsYearEnds() throws {
        let report = ReportReader.read(text: Self.text, path: "draft.md", format: .markdown).report
        #expect(report.metadata.year == 2023)
        #expect(report.indicatorTables.count == 1)
        #expect(Figures.check(report, today: (2024, 3, 1)).filter { $0.ruleID == "indicator.target-unmet" }.isEmpty)
        let ended = Figures.check(report, today: (2026, 3, 1)).filter { $0.ruleID == "indicator.target-unmet" }
        #expect(ended.map(\.message) == ["“学前三年毛入园率”完成92.4%，未达到2025年目标≥95%"])
    }
}
