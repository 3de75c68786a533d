import ReportPluginKit

/// Writes one sheet of a data-entry form: the header row, the rows the form gives, spare rows, then
/// column widths, validation, printing and protection.
struct FormSheetWriter {
    let sheet: DataEntryForm.Sheet
    let formats: FormFormats

    /// Validation reaches this many rows below the last written one, for rows the district inserts.
    static let validatedExtraRows = 500

    func write(to worksheet: XlsxWorksheet) throws(WriterError) {
        for (column, header) in sheet.columns.enumerated() {
            try worksheet.setColumns(column...column, width: header.width, format: entryFormat(header.kind))
            try worksheet.write(header.header, row: 0, column: column, format: formats.header)
            if let hint = header.hint { try worksheet.comment(hint, row: 0, column: column) }
        }
        try worksheet.setRow(0, height: 30)
        for (index, row) in sheet.rows.enumerated() {
            for (column, kind) in sheet.columns.map(\.kind).enumerated() {
                let cell = column < row.cells.count ? row.cells[column] : .empty
                try write(cell, kind: kind, to: worksheet, row: index + 1, column: column)
            }
            for (column, options) in row.choices.sorted(by: { $0.key < $1.key }) where !options.isEmpty {
                let label = row.cells.first.flatMap { if case .text(let text) = $0 { text } else { nil } }
                let name = label.map { String($0.prefix { $0 != "（" }) } ?? sheet.columns[column].header
                try worksheet.validateList(
                    options, row: index + 1, column: column,
                    message: "“\(name)”请从下拉列表中选择：\(options.joined(separator: "、"))。")
            }
        }
        let lastFormRow = sheet.rows.count + sheet.spareRows
        if sheet.spareRows > 0 {
            for row in (sheet.rows.count + 1)...lastFormRow {
                for (column, kind) in sheet.columns.map(\.kind).enumerated() {
                    try worksheet.writeBlank(row: row, column: column, format: entryFormat(kind))
                }
            }
        }
        let validated = 1...(lastFormRow + Self.validatedExtraRows)
        for (column, header) in sheet.columns.enumerated() {
            switch header.kind {
            case .number:
                try worksheet.validateNumbers(
                    rows: validated, columns: column...column, minimum: 0, maximum: 1e15, whole: false,
                    message: "“\(header.header)”只能填写数字（不带单位，不能为负数）。")
            case .year:
                try worksheet.validateNumbers(
                    rows: validated, columns: column...column, minimum: 2000, maximum: 2100, whole: true,
                    message: "“\(header.header)”应填写四位数的年份，如 2025。")
            case .text, .longText, .reference, .result:
                break
            }
        }
        worksheet.freezeRows(above: 1)
        try worksheet.preparePrinting(repeating: 0...0)
        if sheet.isProtected { worksheet.protectKeepingRowsEditable() }
    }

    private func entryFormat(_ kind: DataEntryForm.ColumnKind) -> XlsxFormat {
        switch kind {
        case .text: formats.entryText
        case .longText: formats.entryLongText
        case .number, .year: formats.entryNumber
        case .reference: formats.reference
        case .result: formats.result
        }
    }

    private func write(
        _ cell: DataEntryForm.Cell, kind: DataEntryForm.ColumnKind, to worksheet: XlsxWorksheet, row: Int, column: Int
    ) throws(WriterError) {
        switch cell {
        case .empty:
            try worksheet.writeBlank(row: row, column: column, format: entryFormat(kind))
        case .text(let text):
            try worksheet.write(text, row: row, column: column, format: entryFormat(kind))
        case .number(let value, let digits):
            let format = kind == .reference || kind == .result ? entryFormat(kind) : try formats.number(digits: digits)
            try worksheet.write(DecimalConversion.double(value), row: row, column: column, format: format)
        }
    }
}
