import ReportModel
import ReportPluginKit

/// Runs the registry's rules over a report with a configuration: rules switched off are skipped,
/// each rule gets its options, findings take the configured severity and come out in source order.
public struct LintEngine: Sendable {
    public var rules: [any ReportRule]

    public init(rules: [any ReportRule]) { self.rules = rules }

    /// The findings of every enabled rule, sorted by position.
    ///
    /// `today` defaults to the report's 成文日期 (a report is judged as of the day it was written:
    /// a target for a later year is progress, not a miss), or the system clock's date when the report
    /// has none; `extensions` are handed to rules unchanged (such as a loaded evaluation scheme).
    public func lint(
        _ report: Report, configuration: LintConfiguration = .standard,
        today: (year: Int, month: Int, day: Int)? = nil, extensions: [String: any Sendable] = [:]
    ) -> [Diagnostic] {
        Array(findings(in: report, configuration: configuration, today: today, extensions: extensions))
    }

    /// `lint(_:configuration:today:extensions:)` as a compact `FindingList`, what the commands use:
    /// a draft with a finding every few characters holds them in a fraction of the memory.
    public func findings(
        in report: Report, configuration: LintConfiguration = .standard,
        today: (year: Int, month: Int, day: Int)? = nil, extensions: [String: any Sendable] = [:]
    ) -> FindingList {
        var found = run(on: report, configuration: configuration, today: today, extensions: extensions)
        Self.configure(&found, with: configuration)
        return found
    }

    /// Each enabled rule's findings: the rules that read every text first, in the list's order, then
    /// the others. A context per report: what the rules work out and share (the decoded texts of
    /// every paragraph and cell, the figures) lives as long as this run of the rules, and is freed
    /// when it returns, before the findings are sorted; the decoded texts as soon as the last rule
    /// that reads them has run.
    private func run(
        on report: Report, configuration: LintConfiguration, today: (year: Int, month: Int, day: Int)?,
        extensions: [String: any Sendable]
    ) -> FindingList {
        let context = RuleContext(
            ruleOptions: configuration.ruleOptions, today: today ?? report.metadata.referenceDate ?? LintClock.today(),
            extensions: extensions)
        let enabled = rules.filter { configuration.isEnabled($0.metadata.id) }
        var found = FindingList()
        for rule in enabled where rule.metadata.readsEveryText {
            rule.check(report, context: context, into: &found)
        }
        context.forgetDecodedTexts()
        for rule in enabled where !rule.metadata.readsEveryText {
            rule.check(report, context: context, into: &found)
        }
        return found
    }

    /// Applies a configuration to findings from elsewhere (out-of-process plugins): drops those of
    /// disabled rules, sets configured severities, and sorts them by position.
    public static func configure(_ diagnostics: [Diagnostic], with configuration: LintConfiguration) -> [Diagnostic] {
        var configured = FindingList(diagnostics)
        configure(&configured, with: configuration)
        return Array(configured)
    }

    /// `configure(_:with:)` in place; each rule's setting is looked up once, not once per finding.
    public static func configure(_ findings: inout FindingList, with configuration: LintConfiguration) {
        findings.configure { ruleID, severity in
            configuration.isEnabled(ruleID) ? configuration.severity(of: ruleID, default: severity) : nil
        }
        findings.sortBySource()
    }

    /// Findings in source order (start, then end, then rule id), a stable order for every output.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result = FindingList(diagnostics)
        result.sortBySource()
        return Array(result)
    }

    /// How many findings there are at each level.
    public static func counts(_ diagnostics: [Diagnostic]) -> SeverityCounts { SeverityCounts(diagnostics) }
}
