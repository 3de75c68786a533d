import ReportModel
import ReportPluginKit

/// Writes one indicator table onto its worksheet, strictly row by row (as constant-memory mode needs):
/// title, header, then one row per indicator, followed by the sheet-wide settings.
struct IndicatorSheetWriter {
    typealias Column = IndicatorSheetLayout.Column

    let layout: IndicatorSheetLayout
    let formats: WorkbookFormats

    func write(to sheet: XlsxWorksheet) throws(WriterError) {
        let columns = 0...IndicatorSheetLayout.lastColumn
        for (column, width) in layout.columnWidths.enumerated() {
            try sheet.setColumns(column...column, width: width)
        }
        try sheet.setRow(IndicatorSheetLayout.titleRow, height: 30)
        try sheet.merge(layout.title, rows: IndicatorSheetLayout.titleRow...IndicatorSheetLayout.titleRow,
                        columns: columns, format: formats.title)
        for (column, header) in layout.headers.enumerated() {
            try sheet.write(header, row: IndicatorSheetLayout.headerRow, column: column, format: formats.header)
        }
        try writeRows(to: sheet)

        let lastRow = layout.lastRow
        sheet.freezeRows(above: IndicatorSheetLayout.firstDataRow)
        try sheet.autofilter(rows: IndicatorSheetLayout.headerRow...lastRow, columns: columns)
        if layout.dataRowCount > 0 {
            let first = IndicatorSheetLayout.firstDataRow
            let status = CellReference.column(Column.status.rawValue)
            try sheet.highlight(
                rows: first...lastRow, columns: Column.name.rawValue...Column.status.rawValue,
                when: "=$\(status)\(first + 1)=\"未完成\"", format: formats.unmet)
        }
        try sheet.preparePrinting(repeating: IndicatorSheetLayout.headerRow...IndicatorSheetLayout.headerRow)
    }

    private func writeRows(to sheet: XlsxWorksheet) throws(WriterError) {
        let indicators = layout.indicators
        // Parent rows in order, consumed with a cursor rather than a dictionary lookup per row.
        let formulaRows = layout.formulas.keys.sorted()
        var nextFormula = 0
        for run in layout.categoryRuns {
            for index in run {
                let indicator = indicators[index]
                let row = IndicatorSheetLayout.row(ofIndicator: index)
                try writeCategory(indicator.category ?? "", run: run, index: index, row: row, to: sheet)
                try sheet.write(
                    layout.displayName(ofIndicator: index), row: row, column: Column.name.rawValue,
                    format: indicator.parent == nil ? formats.name : formats.indentedName)
                try sheet.write(indicator.unit ?? "", row: row, column: Column.unit.rawValue, format: formats.unit)
                var formulas: RowFormulas?
                if nextFormula < formulaRows.count, formulaRows[nextFormula] == index {
                    formulas = layout.formulas[index]
                    nextFormula += 1
                }
                try writeValue(indicator.target, text: indicator.targetText, formula: formulas?.target,
                               row: row, column: .target, to: sheet)
                try writeValue(indicator.actual, text: indicator.actualText, formula: formulas?.actual,
                               row: row, column: .actual, to: sheet)
                try sheet.write(layout.status(of: indicator), row: row, column: Column.status.rawValue,
                                format: formats.status)
            }
        }
    }

    /// 分类: merged down over its run, or (in constant-memory mode) repeated on every row.
    private func writeCategory(_ category: String, run: Range<Int>, index: Int, row: Int, to sheet: XlsxWorksheet)
        throws(WriterError)
    {
        let column = Column.category.rawValue
        guard layout.mergesCategories, run.count > 1, !category.isEmpty else {
            return try sheet.write(category, row: row, column: column, format: formats.category)
        }
        // The merge writes the whole block (text in its first cell, formatted blanks below).
        guard index == run.lowerBound else { return }
        try sheet.merge(category, rows: row...(row + run.count - 1), columns: column...column, format: formats.category)
    }

    /// A figure as a number in its written style (or a cached SUM formula); anything else as text.
    private func writeValue(
        _ value: IndicatorValue?, text: String, formula: FormulaCell?, row: Int, column: Column, to sheet: XlsxWorksheet
    ) throws(WriterError) {
        guard let value else {
            return try sheet.write(text, row: row, column: column.rawValue, format: formats.text)
        }
        let format = try formats.number(NumberStyle(value, writtenAs: text))
        if let formula {
            try sheet.writeFormula(formula.formula, cached: formula.cachedValue, row: row, column: column.rawValue,
                                   format: format)
        } else {
            try sheet.write(DecimalConversion.double(value.value), row: row, column: column.rawValue, format: format)
        }
    }
}
