import ReportModel
import ReportPluginKit

/// Runs rules over a report with the configured severities.
public struct LintEngine: Sendable {
    public var rules: [any ReportRule]
    public init(rules: [any ReportRule]) { self.rules = rules }
}
