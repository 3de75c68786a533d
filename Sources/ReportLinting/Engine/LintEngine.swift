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
        var shared = extensions
        if shared[ScannedText.contextKey] == nil { shared[ScannedText.contextKey] = ScannedText.all(in: report) }
        let context = RuleContext(
            ruleOptions: configuration.ruleOptions, today: today ?? report.metadata.dateComponents ?? LintClock.today(),
            extensions: shared)
        var diagnostics: [Diagnostic] = []
        for rule in rules where configuration.isEnabled(rule.metadata.id) {
            diagnostics += rule.check(report, context: context)
        }
        return Self.configure(diagnostics, with: configuration)
    }

    /// Applies a configuration to findings from elsewhere (out-of-process plugins): drops those of
    /// disabled rules, sets configured severities, and sorts them by position.
    public static func configure(_ diagnostics: [Diagnostic], with configuration: LintConfiguration) -> [Diagnostic] {
        // Findings come in runs of one rule: look a rule up once per run, not once per finding.
        var configured: [Diagnostic] = []
        configured.reserveCapacity(diagnostics.count)
        var last: (ruleID: String, severity: Severity, enabled: Bool, configured: Severity)?
        for var diagnostic in diagnostics {
            let setting: (enabled: Bool, severity: Severity)
            if let last, last.ruleID == diagnostic.ruleID, last.severity == diagnostic.severity {
                setting = (last.enabled, last.configured)
            } else {
                let enabled = configuration.isEnabled(diagnostic.ruleID)
                setting = (enabled, configuration.severity(of: diagnostic.ruleID, default: diagnostic.severity))
                last = (diagnostic.ruleID, diagnostic.severity, setting.enabled, setting.severity)
            }
            guard setting.enabled else { continue }
            diagnostic.severity = setting.severity
            configured.append(diagnostic)
        }
        return sorted(configured)
    }

    /// Findings in source order (start, then end, then rule id), a stable order for every output.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Sort positions, not findings: moving an Int is cheaper than moving a Diagnostic.
        let order = diagnostics.indices.sorted { lhs, rhs in
            let a = diagnostics[lhs].range, b = diagnostics[rhs].range
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            let aRule = diagnostics[lhs].ruleID, bRule = diagnostics[rhs].ruleID
            if aRule != bRule { return aRule < bRule }
            return lhs < rhs
        }
        return order.map { diagnostics[$0] }
    }

    /// How many findings there are at each level.
    public static func counts(_ diagnostics: [Diagnostic]) -> SeverityCounts { SeverityCounts(diagnostics) }
}
