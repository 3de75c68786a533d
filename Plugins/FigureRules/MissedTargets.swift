import Foundation
import ReportModel
import ReportPluginKit

/// The indicators whose actual misses the target, when the comparison is fair: the periods of the
/// two columns match (or the actual's is the later one), or the target's period is over.
/// A 2025 target against a mid-2023 actual is progress on the way, not a miss
/// (`IndicatorCompletion.targetIsAhead`, which the drafter and the workbook writer use too).
struct MissedTarget {
    /// What the misses of one table share: its rows (the table's own array, not a copy) and the
    /// periods of its two columns. A long table can miss on every other row, and each miss holding
    /// its own copy of the row and the periods cost more than the rest of the lint.
    final class TableContext: Sendable {
        let tableIndex: Int
        let indicators: IndicatorTable.Indicators
        let targetPeriod: IndicatorPeriod?
        let actualPeriod: IndicatorPeriod?

        init(tableIndex: Int, indicators: IndicatorTable.Indicators, targetPeriod: IndicatorPeriod?, actualPeriod: IndicatorPeriod?) {
            self.tableIndex = tableIndex
            self.indicators = indicators
            self.targetPeriod = targetPeriod
            self.actualPeriod = actualPeriod
        }
    }

    let table: TableContext
    let indicatorIndex: Int
    /// Where the actual value is written (the row when the cell cannot be found).
    let range: SourceRange

    var tableIndex: Int { table.tableIndex }
    /// The indicator, made from its cells each time it is asked for: take it once per finding.
    var indicator: Indicator { table.indicators[indicatorIndex] }
    var targetPeriod: IndicatorPeriod? { table.targetPeriod }
    var actualPeriod: IndicatorPeriod? { table.actualPeriod }

    /// The target of `indicator` (this miss's) as written with its period: `2025年目标95%`.
    func targetDescription(of indicator: Indicator) -> String {
        let unit = indicator.unit.map { $0 == "%" || $0 == "％" ? "%" : $0 } ?? ""
        return (targetPeriod.map { $0.text } ?? "") + "目标" + indicator.targetText + unit
    }

    func actualDescription(of indicator: Indicator) -> String {
        let unit = indicator.unit.map { $0 == "%" || $0 == "％" ? "%" : $0 } ?? ""
        return (actualPeriod.map { $0.text } ?? "") + "完成" + indicator.actualText + unit
    }

    /// Why the comparison stands although the periods differ, if they do.
    var periodNote: String {
        guard let targetPeriod, let actualPeriod, targetPeriod.endKey > actualPeriod.endKey else { return "" }
        return "（目标期\(targetPeriod.text)已结束）"
    }

    private static let key = SharedKey<[MissedTarget]>("FigureRules.missedTargets")

    /// The indicators that missed their targets: `indicator.target-unmet` and
    /// `indicator.unmet-not-addressed` both ask, and the run works them out once.
    static func find(in report: Report, context: RuleContext) -> [MissedTarget] {
        context.shared(key, of: report) { search(in: report, today: context.today) }
    }

    private static func search(in report: Report, today: (year: Int, month: Int, day: Int)) -> [MissedTarget] {
        // The tables whose targets are due.
        let due = report.indicatorTables.indices.filter { tableIndex in
            let table = report.indicatorTables[tableIndex]
            return !IndicatorCompletion.targetIsAhead(
                targetPeriod: IndicatorPeriod(header: table.targetHeader), actualPeriod: IndicatorPeriod(header: table.actualHeader),
                reportYear: report.metadata.year, today: today)
        }
        // The rows that miss, then the list made at its size (grown by doubling, it held up to
        // twice its 32 bytes a miss).
        var misses: [(table: Int, rows: [Int32])] = []
        for tableIndex in due {
            let indicators = report.indicatorTables[tableIndex].indicators
            misses.append((tableIndex, Array(indicators.indices.lazy.filter(indicators.missesTarget).map { Int32($0) })))
        }
        var missed: [MissedTarget] = []
        missed.reserveCapacity(misses.reduce(0) { $0 + $1.rows.count })
        var cells = ValueCells(report: report)
        for (tableIndex, rows) in misses {
            let table = report.indicatorTables[tableIndex]
            let context = TableContext(
                tableIndex: tableIndex, indicators: table.indicators, targetPeriod: IndicatorPeriod(header: table.targetHeader),
                actualPeriod: IndicatorPeriod(header: table.actualHeader))
            for row in rows {
                let index = Int(row)
                missed.append(MissedTarget(
                    table: context, indicatorIndex: index, range: cells.range(ofIndicator: index, inTable: tableIndex, column: .actual)))
            }
        }
        return missed
    }
}
