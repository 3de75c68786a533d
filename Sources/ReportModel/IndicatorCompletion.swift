/// 完成情况 of one indicator, as the drafter's appendix, the workbook and `indicator.target-unmet`
/// all judge it: a target set for a later period that is still running (a 2025 target against 2023
/// figures) is progress on the way, not a miss.
public enum IndicatorCompletion: String, Sendable, CaseIterable {
    case met = "已完成"
    case unmet = "未完成"
    case inProgress = "推进中"

    /// Whether a target for `targetPeriod` is still ahead of figures for `actualPeriod` on `today`:
    /// the target's period ends later than the actual's and is not over yet. A missing actual period
    /// is taken as the report's year (`完成值` in a 2023 report speaks for 2023).
    public static func targetIsAhead(
        targetPeriod: IndicatorPeriod?, actualPeriod: IndicatorPeriod?, reportYear: Int?,
        today: (year: Int, month: Int, day: Int)
    ) -> Bool {
        guard let targetPeriod, let actualPeriod = actualPeriod ?? reportYear.map({ IndicatorPeriod(year: $0) })
        else { return false }
        return targetPeriod.endKey > actualPeriod.endKey && !targetPeriod.hasEnded(on: today)
    }

    /// The completion of `target` by `actual`; nil when either is missing.
    public static func of(target: IndicatorValue?, actual: IndicatorValue?, targetIsAhead: Bool) -> Self? {
        guard let target, let actual else { return nil }
        if target.isMet(by: actual) { return .met }
        return targetIsAhead ? .inProgress : .unmet
    }
}

extension IndicatorTable {
    /// Whether this table's target column speaks for a later period still running on `today`
    /// (`2025年目标` against `2023年完成`, or against `完成值` in a 2023 report).
    public func targetIsAhead(reportYear: Int?, today: (year: Int, month: Int, day: Int)) -> Bool {
        IndicatorCompletion.targetIsAhead(
            targetPeriod: IndicatorPeriod(header: targetHeader), actualPeriod: IndicatorPeriod(header: actualHeader),
            reportYear: reportYear, today: today)
    }
}
