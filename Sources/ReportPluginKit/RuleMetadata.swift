import ReportModel

/// An example text for a rule's documentation and test. In a triggering example, each `↓` marks
/// where a finding must start; the marks are removed before the text is read.
public struct RuleExample: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Rule options to check this example with (as `.reportkit.yml` would give them).
    public var options: RuleOptions

    public init(_ text: String, options: RuleOptions = RuleOptions()) {
        self.text = text
        self.options = options
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// The text without its `↓` marks.
    public var cleanText: String { text.replacingOccurrences(of: "↓", with: "") }
}

/// A text before and after a rule's fixes, both without marks.
public struct RuleCorrection: Hashable, Sendable {
    public var before: String
    public var after: String

    public init(_ before: String, _ after: String) {
        self.before = before
        self.after = after
    }
}

/// Everything a person needs to know about a rule; its examples are also its test.
public struct RuleMetadata: Hashable, Sendable {
    /// `family.name`, stable forever: configuration files and scripts name rules by it.
    public var id: String
    /// A short Chinese title.
    public var title: String
    /// Why reviewers care, in Chinese.
    public var rationale: String
    public var defaultSeverity: Severity
    public var isFixable: Bool
    /// Whether the rule reads the report through `RuleText.all(in:context:)`. The engine runs these
    /// rules first and then frees the decoded texts, so that they and the findings of the other
    /// rules (a long table's figure rules find something on most rows) are never held at once. A
    /// rule that reads the texts without saying so is still right, only slower: it decodes them again.
    public var readsEveryText: Bool
    public var triggeringExamples: [RuleExample]
    public var nonTriggeringExamples: [RuleExample]
    public var corrections: [RuleCorrection]
    /// Further reference lines that `reportkit rules ID` prints, such as a word list and its sources.
    public var notes: [String]

    public init(
        id: String, title: String, rationale: String, defaultSeverity: Severity, isFixable: Bool = false,
        readsEveryText: Bool = false, triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample],
        corrections: [RuleCorrection] = [], notes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isFixable = isFixable
        self.readsEveryText = readsEveryText
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.corrections = corrections
        self.notes = notes
    }

    /// A finding of this rule at its default severity (the lint engine applies configured overrides).
    public func diagnostic(_ message: String, at range: SourceRange, fix: Fix? = nil) -> Diagnostic {
        Diagnostic(ruleID: id, severity: defaultSeverity, message: message, range: range, fix: fix)
    }
}
