import ReportModel

/// Where the indicators of a report write their figures, so that a finding points at the figure
/// rather than at the start of the row: the cell a row was read from, which the indicator knows;
/// for an indicator given whole (a draft's data), the cell found by searching the table in the
/// report's body that shows it (made at the first such indicator).
struct ValueCells {
    private let report: Report
    private var searched: [Int: IndicatorCells]?

    init(report: Report) { self.report = report }

    /// The range of the target or actual of the indicator at `index` in indicator table `tableIndex`.
    mutating func range(ofIndicator index: Int, inTable tableIndex: Int, column: IndicatorCells.Column) -> SourceRange {
        let indicators = report.indicatorTables[tableIndex].indicators
        if let range = indicators.cellRange(at: index, of: column) { return range }
        if searched == nil { searched = IndicatorCells.all(in: report) }
        return (searched?[tableIndex] ?? IndicatorCells(rows: [])).range(of: indicators[index], column: column)
    }
}

/// Finds the cell of an indicator's target or actual in the table it was read from, by its text on
/// the lines of the indicator's range.
struct IndicatorCells {
    typealias Column = IndicatorTable.ValueColumn

    private let rows: Table.Rows
    /// Each line a row has a cell starting on, with the row, ordered by line and then by row: a
    /// lookup touches only the rows on the indicator's lines, so a table's findings cost time in
    /// proportion to the table; 8 bytes a row (a dictionary of arrays took 80).
    private let lineRows: [LineRow]

    private struct LineRow {
        var line: Int32
        var row: Int32
    }

    init(rows: Table.Rows) {
        self.rows = rows
        var lineRows: [LineRow] = []
        lineRows.reserveCapacity(rows.count)
        var rowLines: [Int32] = []
        for (index, row) in rows.enumerated() {
            rowLines.removeAll(keepingCapacity: true)
            for cell in row {
                let line = Int32(clamping: cell.range.start.line)
                if !rowLines.contains(line) { rowLines.append(line) }
            }
            for line in rowLines { lineRows.append(LineRow(line: line, row: Int32(index))) }
        }
        // Rows come in line order in a table read from a draft; sort only when they do not.
        let ordered = zip(lineRows, lineRows.dropFirst()).allSatisfy { ($0.line, $0.row) <= ($1.line, $1.row) }
        if !ordered { lineRows.sort { ($0.line, $0.row) < ($1.line, $1.row) } }
        self.lineRows = lineRows
    }

    /// The cells of every indicator table of `report`, by the table's index, found in one walk
    /// that looks only at tables (no list of every block is built).
    static func all(in report: Report) -> [Int: IndicatorCells] {
        var cells: [Int: IndicatorCells] = [:]
        guard !report.indicatorTables.isEmpty else { return cells }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                if case .table(let table) = block, let index = table.indicatorTableIndex, cells[index] == nil {
                    cells[index] = IndicatorCells(rows: table.rows)
                }
            }
        }
        func visit(_ section: Section) {
            visit(section.blocks)
            section.children.forEach(visit)
        }
        visit(report.preamble)
        report.sections.forEach(visit)
        return cells
    }

    /// The range of the value cell, or the row's range when the cell is not found.
    func range(of indicator: Indicator, column: Column) -> SourceRange {
        let text = column == .target ? indicator.targetText : indicator.actualText
        guard !text.isEmpty else { return indicator.range }
        let lines = indicator.range.start.line...indicator.range.end.line
        for index in candidateRows(on: lines) {
            let matches = rows[index].filter { $0.text == text && lines.contains($0.range.start.line) }
            // The target column comes before the actual column: with equal texts take the right one.
            if let cell = column == .target ? matches.first : matches.last { return cell.range }
        }
        return indicator.range
    }

    /// The rows with a cell starting on one of `lines`, in table order.
    private func candidateRows(on lines: ClosedRange<Int>) -> [Int] {
        // The first entry on or after the first line (binary search).
        let first = Int32(clamping: lines.lowerBound)
        var low = 0
        var high = lineRows.count
        while low < high {
            let middle = (low + high) / 2
            if lineRows[middle].line < first { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < lineRows.count, Int(lineRows[low].line) <= lines.upperBound {
            found.append(Int(lineRows[low].row))
            low += 1
        }
        // Rows on several lines: each once, in table order.
        return lines.count == 1 ? found : Array(Set(found)).sorted()
    }
}
