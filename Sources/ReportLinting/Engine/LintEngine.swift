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
        var found = findings(of: report, configuration: configuration, today: today, extensions: extensions)
        // Start from the longest list and append the others: appending copies (and retains) each
        // finding, so the most numerous are not copied at all. The order between rules does not
        // matter: the sort breaks ties by rule id, and keeps each rule's own order.
        var diagnostics: [Diagnostic] = []
        if let longest = found.indices.max(by: { found[$0].count < found[$1].count }) {
            diagnostics = found[longest]
            found[longest] = []
            diagnostics.reserveCapacity(found.reduce(diagnostics.count) { $0 + $1.count })
            for list in found { diagnostics += list }
        }
        found = []
        Self.configure(&diagnostics, with: configuration)
        return diagnostics
    }

    /// Each enabled rule's findings. A context per report: what the rules work out and share (the
    /// decoded texts of every paragraph and cell, the figures) lives as long as this run of the rules,
    /// and is freed when it returns, before the findings are merged.
    private func findings(
        of report: Report, configuration: LintConfiguration, today: (year: Int, month: Int, day: Int)?,
        extensions: [String: any Sendable]
    ) -> [[Diagnostic]] {
        let context = RuleContext(
            ruleOptions: configuration.ruleOptions, today: today ?? report.metadata.referenceDate ?? LintClock.today(),
            extensions: extensions)
        var found: [[Diagnostic]] = []
        for rule in rules where configuration.isEnabled(rule.metadata.id) {
            found.append(rule.check(report, context: context))
        }
        return found
    }

    /// Applies a configuration to findings from elsewhere (out-of-process plugins): drops those of
    /// disabled rules, sets configured severities, and sorts them by position.
    public static func configure(_ diagnostics: [Diagnostic], with configuration: LintConfiguration) -> [Diagnostic] {
        var configured = diagnostics
        configure(&configured, with: configuration)
        return configured
    }

    /// `configure(_:with:)` in place: a finding is changed or moved, never copied (a copy retains
    /// its strings).
    static func configure(_ configured: inout [Diagnostic], with configuration: LintConfiguration) {
        var kept = 0
        // Findings come in runs of one rule: look a rule up once per run, not once per finding.
        var last: (ruleID: String, severity: Severity, enabled: Bool, configured: Severity)?
        configured.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices {
                let ruleID = buffer[index].ruleID, severity = buffer[index].severity
                let setting: (enabled: Bool, severity: Severity)
                if let last, last.ruleID == ruleID, last.severity == severity {
                    setting = (last.enabled, last.configured)
                } else {
                    setting = (configuration.isEnabled(ruleID), configuration.severity(of: ruleID, default: severity))
                    last = (ruleID, severity, setting.enabled, setting.severity)
                }
                guard setting.enabled else { continue }
                if setting.severity != severity { buffer[index].severity = setting.severity }
                if kept != index { buffer.swapAt(kept, index) }
                kept += 1
            }
        }
        configured.removeLast(configured.count - kept)
        sort(&configured)
    }

    /// Findings in source order (start, then end, then rule id), a stable order for every output.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result = diagnostics
        sort(&result)
        return result
    }

    /// `sorted(_:)` in place.
    static func sort(_ result: inout [Diagnostic]) {
        // Sort compact keys (positions and the original index), then move each finding once.
        var keys: [SortKey] = []
        keys.reserveCapacity(result.count)
        for index in result.indices { keys.append(SortKey(result[index].range, index: index)) }
        let alreadySorted = result.withUnsafeBufferPointer { diagnostics in
            if keys.indices.dropFirst().allSatisfy({ Self.precedes(keys[$0 - 1], keys[$0], in: diagnostics) }) { return true }
            keys.sort { lhs, rhs in Self.precedes(lhs, rhs, in: diagnostics) }
            return false
        }
        if alreadySorted { return }
        // Apply the permutation cycle by cycle: position i takes the finding at keys[i].index.
        var source = keys.map(\.index)
        result.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices {
                var position = start
                while source[position] != start {
                    let next = source[position]
                    buffer.swapAt(position, next)
                    source[position] = position
                    position = next
                }
                source[position] = position
            }
        }
    }

    /// A finding's place in the sort: its range, and its index to keep equal findings in order.
    private struct SortKey {
        var startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
        var index: Int

        init(_ range: SourceRange, index: Int) {
            (startLine, startColumn) = (range.start.line, range.start.column)
            (endLine, endColumn) = (range.end.line, range.end.column)
            self.index = index
        }
    }

    @inline(__always)
    private static func precedes(_ a: SortKey, _ b: SortKey, in diagnostics: UnsafeBufferPointer<Diagnostic>) -> Bool {
        if a.startLine != b.startLine { return a.startLine < b.startLine }
        if a.startColumn != b.startColumn { return a.startColumn < b.startColumn }
        if a.endLine != b.endLine { return a.endLine < b.endLine }
        if a.endColumn != b.endColumn { return a.endColumn < b.endColumn }
        let aRule = diagnostics[a.index].ruleID, bRule = diagnostics[b.index].ruleID
        if aRule != bRule { return aRule < bRule }
        return a.index < b.index
    }

    /// How many findings there are at each level.
    public static func counts(_ diagnostics: [Diagnostic]) -> SeverityCounts { SeverityCounts(diagnostics) }
}
