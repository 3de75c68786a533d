import ReportModel

/// A draft as read: the report, and the source lines (text lines, or a Word document's paragraphs)
/// that diagnostics quote and fixes edit.
public struct SourceDocument: Sendable {
    public var report: Report
    public var lines: [String]
    public var format: InputFormat

    public init(report: Report, lines: [String], format: InputFormat) {
        self.report = report
        self.lines = lines
        self.format = format
    }

    /// The source line `number` (1-based), or nil past the end.
    public func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
