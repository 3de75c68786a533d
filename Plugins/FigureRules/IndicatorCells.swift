import ReportModel

/// Finds the cell of an indicator's target or actual in the table it was read from, so that a
/// finding points at the figure rather than at the start of the row.
struct IndicatorCells {
    enum Column { case target, actual }

    private let rows: Table.Rows
    /// The rows with a cell starting on each line, in table order: a lookup touches only the rows
    /// on the indicator's lines, so a table's findings cost time in proportion to the table.
    private let rowsByLine: [Int: [Int]]

    init(rows: Table.Rows) {
        self.rows = rows
        var rowsByLine: [Int: [Int]] = [:]
        for (index, row) in rows.enumerated() {
            for cell in row where rowsByLine[cell.range.start.line]?.last != index {
                rowsByLine[cell.range.start.line, default: []].append(index)
            }
        }
        self.rowsByLine = rowsByLine
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
        if lines.count == 1 { return rowsByLine[lines.lowerBound] ?? [] }
        var found = Set<Int>()
        for line in lines { found.formUnion(rowsByLine[line] ?? []) }
        return found.sorted()
    }
}
