import ReportModel

/// A draft as read: the report, and the source lines (text lines, or a Word document's paragraphs)
/// that diagnostics quote and fixes edit.
public struct SourceDocument: Sendable {
    public var report: Report
    public var lines: SourceLines
    public var format: InputFormat
    /// For a Word document, the lines that are table rows (a row per line, cells split by tabs).
    public var tableRows: [Int: TableRowLocation]
    /// For a Word document, where each line is (index = line − 1): paragraph, soft line, table row,
    /// footnote or text box, and the list label in front of it.
    public var locations: [ParagraphLocation]
    /// For a Word document, what the reader left out of the report, one Chinese phrase each
    /// (`2 条批注`, `修订已按“接受全部修订”读取`), for `render` to say on stderr.
    public var omitted: [String]

    public init(report: Report, lines: SourceLines, format: InputFormat, tableRows: [Int: TableRowLocation] = [:],
                locations: [ParagraphLocation] = [], omitted: [String] = []) {
        self.report = report
        self.lines = lines
        self.format = format
        self.tableRows = tableRows
        self.locations = locations
        self.omitted = omitted
    }

    /// For a document whose lines are paragraphs (a Word document), what says where a position is in
    /// paragraph terms (第N段, and the table cell); nil for text drafts, whose positions are line and column.
    public var paragraphLocator: ParagraphLocator? {
        guard report.locationUnit == .paragraph else { return nil }
        return locations.isEmpty
            ? ParagraphLocator(lines: lines, tableRows: tableRows) : ParagraphLocator(lines: lines, locations: locations)
    }

    /// The source line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
