import ReportModel

/// How serious a finding is. Errors fail `reportkit lint`; warnings fail it only with `--strict`.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case error, warning, info

    /// The word the human output prints.
    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A safe, mechanical correction: replace the text in `range` with `replacement`.
public struct Fix: Hashable, Sendable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// One finding: which rule, how serious, what is wrong (in Chinese), where, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var fix: Fix?

    public init(ruleID: String, severity: Severity, message: String, range: SourceRange, fix: Fix? = nil) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.range = range
        self.fix = fix
    }
}
