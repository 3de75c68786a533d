import ReportModel

/// A draft as read: the report, and the source lines (text lines, or a Word document's paragraphs)
/// that diagnostics quote and fixes edit.
public struct SourceDocument: Sendable {
    public var report: Report
    public var lines: [String]
    public var format: InputFormat
    /// For a Word document, the lines that are table rows (a row per line, cells split by tabs).
    public var tableRows: [Int: TableRowLocation]

    public init(report: Report, lines: [String], format: InputFormat, tableRows: [Int: TableRowLocation] = [:]) {
        self.report = report
        self.lines = lines
        self.format = format
        self.tableRows = tableRows
    }

    /// Where `position` is in paragraph terms (第N段, and the table cell), for a document whose lines
    /// are paragraphs; nil for text drafts, whose positions are line and column.
    public func paragraphLocation(of position: SourcePosition) -> ParagraphLocation? {
        guard report.locationUnit == .paragraph else { return nil }
        guard let row = tableRows[position.line] else { return ParagraphLocation(paragraph: position.line) }
        var cell = 1
        if let text = line(position.line) {
            for (offset, character) in text.enumerated() where offset < position.column - 1 && character == "\t" {
                cell += 1
            }
        }
        return ParagraphLocation(paragraph: position.line, table: row.table, row: row.row, cell: cell)
    }

    /// The source line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
