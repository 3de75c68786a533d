import Foundation

/// A check's findings as a reviewer reads them away from the tool: for a findings export (an Excel
/// list to hand round, print or file with the draft).
public struct FindingsReport: Sendable {
    public struct Row: Sendable, Equatable {
        /// The draft, as the user named it.
        public var file: String
        public var severity: Severity
        public var ruleID: String
        /// The rule's Chinese title (`reportkit rules`).
        public var ruleTitle: String
        /// Where, as the user finds it: `第12段（“全县共有…”）`, `表1第2行第3列`, `第5行第3字`.
        public var location: String
        /// The characters the finding points at.
        public var quote: String
        public var message: String
        /// The suggested change, or nil: `改为“，”`, `删除“。”`.
        public var fix: String?

        public init(file: String, severity: Severity, ruleID: String, ruleTitle: String, location: String, quote: String,
                    message: String, fix: String?) {
            self.file = file
            self.severity = severity
            self.ruleID = ruleID
            self.ruleTitle = ruleTitle
            self.location = location
            self.quote = quote
            self.message = message
            self.fix = fix
        }
    }

    /// The drafts checked, in order.
    public var files: [String]
    /// When the check ran.
    public var checked: Date
    public var rows: [Row]

    public init(files: [String], checked: Date, rows: [Row]) {
        self.files = files
        self.checked = checked
        self.rows = rows
    }

    /// `可以报送` or `有3处错误需修改`, as the page and the human output say it.
    public var verdict: String {
        let errors = rows.filter { $0.severity == .error }.count
        return errors == 0 ? "可以报送" : "有\(errors)处错误需修改"
    }
}

/// An export format for findings (`lint --export 检查结果.xlsx`, the page's 导出检查结果). Conforming types
/// live in `Plugins/` and are listed in the registry beside the report writers.
public protocol FindingsWriter: Sendable {
    /// The file extension it writes, which chooses it (`xlsx`).
    var fileExtension: String { get }
    /// A Chinese name for listings and buttons (`Excel 问题清单`).
    var title: String { get }
    var mediaType: String { get }
    /// Writes `findings` to `destination` (a temporary file the caller renames into place).
    func write(_ findings: FindingsReport, to destination: URL) throws
}
