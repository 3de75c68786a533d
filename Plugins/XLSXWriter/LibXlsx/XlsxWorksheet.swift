import CXlsxWriter
import Foundation
import ReportPluginKit

/// A worksheet of an `XlsxWorkbook`: thin, checked wrappers over the `worksheet_*` calls the writer uses.
///
/// Rows and columns are 0-based as in libxlsxwriter. Every call that returns an `lxw_error` is checked;
/// strings are passed with `withCString`, which borrows Swift's own UTF-8 storage without copying, after
/// `WorkbookText.clean` has replaced the characters XML does not allow.
struct XlsxWorksheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let name: String

    init(_ sheet: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.sheet = sheet
        self.name = name
    }

    private func cell(_ row: Int, _ column: Int) -> String {
        "“\(name)”工作表的 \(CellReference.name(row: row, column: column)) 单元格"
    }

    /// Writes text; an empty string becomes a blank cell that still carries the format.
    func write(_ text: String, row: Int, column: Int, format: XlsxFormat?) throws(WriterError) {
        if text.isEmpty { return try writeBlank(row: row, column: column, format: format) }
        let code = WorkbookText.clean(text).withCString { worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), $0, format) }
        try XlsxFailure.check(code, "写入\(cell(row, column))")
    }

    func write(_ number: Double, row: Int, column: Int, format: XlsxFormat?) throws(WriterError) {
        let code = worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, format)
        try XlsxFailure.check(code, "写入\(cell(row, column))")
    }

    /// Writes a formula with the value the model computed cached beside it, so that viewers without a
    /// calculation engine show it (`worksheet_write_formula` would cache 0).
    func writeFormula(_ formula: String, cached value: Double, row: Int, column: Int, format: XlsxFormat?)
        throws(WriterError)
    {
        let code = formula.withCString {
            worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(column), $0, format, value)
        }
        try XlsxFailure.check(code, "写入公式到\(cell(row, column))")
    }

    func writeBlank(row: Int, column: Int, format: XlsxFormat?) throws(WriterError) {
        guard format != nil else { return }
        let code = worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format)
        try XlsxFailure.check(code, "写入\(cell(row, column))")
    }

    /// Merges a block of cells and writes `text` into it.
    func merge(_ text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, format: XlsxFormat?)
        throws(WriterError)
    {
        let code = WorkbookText.clean(text).withCString {
            worksheet_merge_range(
                sheet, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound), lxw_row_t(rows.upperBound),
                lxw_col_t(columns.upperBound), $0, format)
        }
        try XlsxFailure.check(code, "合并\(cell(rows.lowerBound, columns.lowerBound))所在区域")
    }

    /// Sets the width (in characters of the default font) of the columns.
    func setColumns(_ columns: ClosedRange<Int>, width: Double) throws(WriterError) {
        let code = worksheet_set_column(sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil)
        try XlsxFailure.check(code, "设置“\(name)”工作表的列宽")
    }

    /// Sets a row's height in points.
    func setRow(_ row: Int, height: Double) throws(WriterError) {
        try XlsxFailure.check(worksheet_set_row(sheet, lxw_row_t(row), height, nil), "设置“\(name)”工作表的行高")
    }

    /// Freezes the rows above `row` so that they stay visible while scrolling.
    func freezeRows(above row: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(row), 0)
    }

    func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(WriterError) {
        let code = worksheet_autofilter(
            sheet, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound), lxw_row_t(rows.upperBound),
            lxw_col_t(columns.upperBound))
        try XlsxFailure.check(code, "为“\(name)”工作表设置自动筛选")
    }

    /// Applies `format` to the cells of the range where `formula` (relative to the range's top-left
    /// cell, e.g. `=$F3="未完成"`) is true.
    func highlight(rows: ClosedRange<Int>, columns: ClosedRange<Int>, when formula: String, format: XlsxFormat)
        throws(WriterError)
    {
        let code = formula.withCString { formulaPointer in
            var rule = lxw_conditional_format()
            rule.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            rule.value_string = UnsafeMutablePointer(mutating: formulaPointer)
            rule.format = format
            return worksheet_conditional_format_range(
                sheet, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound), lxw_row_t(rows.upperBound),
                lxw_col_t(columns.upperBound), &rule)
        }
        try XlsxFailure.check(code, "为“\(name)”工作表设置条件格式")
    }

    /// A4 landscape, `rows` repeated at the top of every printed page, fitted to one page wide.
    func preparePrinting(repeating rows: ClosedRange<Int>) throws(WriterError) {
        worksheet_set_paper(sheet, 9)
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_center_horizontally(sheet)
        let code = worksheet_repeat_rows(sheet, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
        try XlsxFailure.check(code, "设置“\(name)”工作表的打印标题行")
    }

    /// Makes this the sheet shown when the workbook opens.
    func activate() {
        worksheet_activate(sheet)
    }
}

/// The calls only the data-entry form needs: column formats, comments, validation and protection.
extension XlsxWorksheet {
    /// Sets the width and the default format of the columns (the format of cells not written).
    func setColumns(_ columns: ClosedRange<Int>, width: Double, format: XlsxFormat?) throws(WriterError) {
        let code = worksheet_set_column(
            sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, format)
        try XlsxFailure.check(code, "设置“\(name)”工作表的列宽")
    }

    /// A comment (a hint for whoever fills the form) on a cell.
    func comment(_ text: String, row: Int, column: Int) throws(WriterError) {
        var options = lxw_comment_options()
        options.width = 320
        options.height = 120
        let code = WorkbookText.clean(text).withCString {
            worksheet_write_comment_opt(sheet, lxw_row_t(row), lxw_col_t(column), $0, &options)
        }
        try XlsxFailure.check(code, "为\(cellName(row, column))添加批注")
    }

    /// Lets the cells of a column range take only numbers from `minimum` to `maximum` (whole numbers
    /// when `whole`), with a Chinese message when something else is typed.
    func validateNumbers(
        rows: ClosedRange<Int>, columns: ClosedRange<Int>, minimum: Double, maximum: Double, whole: Bool,
        message: String
    ) throws(WriterError) {
        let title = "数据有误"
        let code = title.withCString { titlePointer in
            message.withCString { messagePointer in
                var rule = lxw_data_validation()
                rule.validate = UInt8((whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL).rawValue)
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                rule.minimum_number = minimum
                rule.maximum_number = maximum
                rule.error_title = UnsafeMutablePointer(mutating: titlePointer)
                rule.error_message = UnsafeMutablePointer(mutating: messagePointer)
                return worksheet_data_validation_range(
                    sheet, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound), lxw_row_t(rows.upperBound),
                    lxw_col_t(columns.upperBound), &rule)
            }
        }
        try XlsxFailure.check(code, "为“\(name)”工作表设置数据有效性")
    }

    /// Lets one cell take only one of `options`, chosen from a dropdown; a blank cell stays allowed.
    func validateList(_ options: [String], row: Int, column: Int, message: String) throws(WriterError) {
        let title = "数据有误"
        // libxlsxwriter takes a NULL-terminated array of C strings; these copies live for the call.
        var list: [UnsafeMutablePointer<CChar>?] = options.map { WorkbookText.clean($0).withCString { strdup($0) } } + [nil]
        defer { list.forEach { free($0) } }
        let code = list.withUnsafeMutableBufferPointer { buffer in
            title.withCString { titlePointer in
                message.withCString { messagePointer in
                    var rule = lxw_data_validation()
                    rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                    rule.value_list = buffer.baseAddress
                    rule.error_title = UnsafeMutablePointer(mutating: titlePointer)
                    rule.error_message = UnsafeMutablePointer(mutating: messagePointer)
                    return worksheet_data_validation_cell(sheet, lxw_row_t(row), lxw_col_t(column), &rule)
                }
            }
        }
        try XlsxFailure.check(code, "为\(cellName(row, column))设置下拉列表")
    }

    /// Protects the sheet without a password: locked cells (headers, the scheme's titles) cannot be
    /// changed, while rows may still be inserted, deleted and resized.
    func protectKeepingRowsEditable() {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        options.insert_rows = 1
        options.delete_rows = 1
        worksheet_protect(sheet, nil, &options)
    }

    private func cellName(_ row: Int, _ column: Int) -> String {
        "“\(name)”工作表的 \(CellReference.name(row: row, column: column)) 单元格"
    }
}
