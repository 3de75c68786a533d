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
        let indicators: [Indicator]
        let targetPeriod: IndicatorPeriod?
        let actualPeriod: IndicatorPeriod?

        init(tableIndex: Int, indicators: [Indicator], targetPeriod: IndicatorPeriod?, actualPeriod: IndicatorPeriod?) {
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
    var indicator: Indicator { table.indicators[indicatorIndex] }
    var targetPeriod: IndicatorPeriod? { table.targetPeriod }
    var actualPeriod: IndicatorPeriod? { table.actualPeriod }

    /// The target as written with its period: `2025年目标95%`.
    var targetDescription: String {
        let unit = indicator.unit.map { $0 == "%" || $0 == "％" ? "%" : $0 } ?? ""
        return (targetPeriod.map { $0.text } ?? "") + "目标" + indicator.targetText + unit
    }

    var actualDescription: String {
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
        // The tables whose targets are due, then the misses counted, so that the list is made at
        // its size (grown by doubling, it held up to twice its 32 bytes a miss).
        let due = report.indicatorTables.indices.filter { tableIndex in
            let table = report.indicatorTables[tableIndex]
            return !IndicatorCompletion.targetIsAhead(
                targetPeriod: IndicatorPeriod(header: table.targetHeader), actualPeriod: IndicatorPeriod(header: table.actualHeader),
                reportYear: report.metadata.year, today: today)
        }
        var missed: [MissedTarget] = []
        missed.reserveCapacity(due.reduce(0) { count, tableIndex in
            count + report.indicatorTables[tableIndex].indicators.count { $0.missesTarget }
        })
        let allCells = IndicatorCells.all(in: report)
        for tableIndex in due {
            let table = report.indicatorTables[tableIndex]
            let targetPeriod = IndicatorPeriod(header: table.targetHeader)
            let actualPeriod = IndicatorPeriod(header: table.actualHeader)
            let cells = allCells[tableIndex] ?? IndicatorCells(rows: [])
            let context = TableContext(
                tableIndex: tableIndex, indicators: table.indicators, targetPeriod: targetPeriod, actualPeriod: actualPeriod)
            for (index, indicator) in table.indicators.enumerated() where indicator.missesTarget {
                missed.append(MissedTarget(table: context, indicatorIndex: index, range: cells.range(of: indicator, column: .actual)))
            }
        }
        return missed
    }
}
