import ReportPluginKit

/// What `.reportkit.yml` (or `--config`) says about a lint run: which rules run, at what severity,
/// with which options, which out-of-process plugins to add, and which evaluation scheme the draft answers.
public struct LintConfiguration: Sendable {
    /// A configured severity: a level, or `off` to switch the rule off.
    public enum SeveritySetting: Hashable, Sendable {
        case off
        case level(Severity)
    }

    /// The file the configuration came from (as the user would name it), or nil for the defaults.
    public var sourcePath: String?
    /// Rules switched off (`disabled:` or `severity: off`).
    public var disabledRules: Set<String>
    /// Severity overrides by rule id.
    public var severities: [String: Severity]
    /// Options by rule id, including the shorthands `placeholders:` and `required-parts:`.
    public var ruleOptions: [String: RuleOptions]
    /// Shell commands of out-of-process rule plugins (`plugins:`).
    public var plugins: [String]
    /// The folder plugin commands from this file run in (the configuration file's folder).
    public var pluginDirectory: String?
    /// The evaluation-scheme template (`scheme:`), resolved against the configuration file's folder.
    public var schemePath: String?

    public init(
        sourcePath: String? = nil, disabledRules: Set<String> = [], severities: [String: Severity] = [:],
        ruleOptions: [String: RuleOptions] = [:], plugins: [String] = [], pluginDirectory: String? = nil,
        schemePath: String? = nil
    ) {
        self.sourcePath = sourcePath
        self.disabledRules = disabledRules
        self.severities = severities
        self.ruleOptions = ruleOptions
        self.plugins = plugins
        self.pluginDirectory = pluginDirectory
        self.schemePath = schemePath
    }

    /// The defaults: every rule at its default severity, no options.
    public static let standard = LintConfiguration()

    /// Whether the rule with this id runs.
    public func isEnabled(_ ruleID: String) -> Bool { !disabledRules.contains(ruleID) }

    /// The severity findings of this rule are reported at.
    public func severity(of ruleID: String, default defaultSeverity: Severity) -> Severity {
        severities[ruleID] ?? defaultSeverity
    }

    /// The options configured for a rule (empty when none were).
    public func options(_ ruleID: String) -> RuleOptions { ruleOptions[ruleID] ?? RuleOptions() }

    /// Applies a severity setting to one rule.
    public mutating func set(_ setting: SeveritySetting, for ruleID: String) {
        switch setting {
        case .off:
            disabledRules.insert(ruleID)
        case .level(let severity):
            severities[ruleID] = severity
        }
    }

    /// Adds option values to a rule's options; list values are appended to a list already there.
    public mutating func addOption(_ name: String, _ value: RuleOptionValue, for ruleID: String) {
        var options = ruleOptions[ruleID] ?? RuleOptions()
        if case .list(let added) = value, case .list(let existing)? = options.values[name] {
            options.values[name] = .list(existing + added)
        } else {
            options.values[name] = value
        }
        ruleOptions[ruleID] = options
    }
}
