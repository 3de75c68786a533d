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

    /// For a document whose lines are paragraphs (a Word document), what says where a position is in
    /// paragraph terms (第N段, and the table cell); nil for text drafts, whose positions are line and column.
    public var paragraphLocator: ParagraphLocator? {
        report.locationUnit == .paragraph ? ParagraphLocator(lines: lines, tableRows: tableRows) : nil
    }

    /// The source line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
