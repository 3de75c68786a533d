import ReportModel
import ReportPluginKit
import ReportReading

/// One file's outcome in a lint run: its findings (and the source lines they point into), or the
/// reason it could not be read, which outputs show as a finding of rule `input.unreadable`.
public struct FileLintResult: Sendable {
    /// The rule id under which an unreadable input is reported.
    public static let unreadableRuleID = "input.unreadable"

    /// The path as the user gave it.
    public var path: String
    public var diagnostics: FindingList
    /// The source lines, for quoting; empty for a file that could not be read.
    public var lines: SourceLines
    /// Why the file could not be read, if it could not.
    public var readFailure: String?
    /// For a Word document, where a finding is in paragraph terms (第N段, table cells); nil for text.
    public var paragraphLocator: ParagraphLocator?

    public init(path: String, diagnostics: FindingList, lines: SourceLines) {
        self.path = path
        self.diagnostics = diagnostics
        self.lines = lines
        self.readFailure = nil
    }

    public init(path: String, diagnostics: [Diagnostic], lines: SourceLines) {
        self.init(path: path, diagnostics: FindingList(diagnostics), lines: lines)
    }

    /// A file that could not be read: `detail` says why, `line` where (if the problem has a line).
    public static func unreadable(path: String, line: Int?, detail: String) -> FileLintResult {
        let line = line ?? 1
        let diagnostic = Diagnostic(
            ruleID: unreadableRuleID, severity: .error, message: detail,
            range: SourceRange(line: line, column: 1, length: 0))
        var result = FileLintResult(path: path, diagnostics: [diagnostic], lines: [])
        result.readFailure = detail
        return result
    }

    public var counts: SeverityCounts { SeverityCounts(diagnostics) }
}

/// A whole lint run: every file in the order given.
public struct LintRun: Sendable {
    public var files: [FileLintResult]

    public init(files: [FileLintResult]) { self.files = files }

    public var counts: SeverityCounts { files.reduce(SeverityCounts()) { $0 + $1.counts } }
    public var unreadableCount: Int { files.filter { $0.readFailure != nil }.count }
}
