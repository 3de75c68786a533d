import ReportModel

/// What a rule may know besides the report: its configured options and values the caller worked out
/// before the run (the evaluation scheme: `ReportScheme` adds `scheme(for:)`). Rules never read files.
public struct RuleContext: Sendable {
    /// Options for each rule id, from `.reportkit.yml`.
    public var ruleOptions: [String: RuleOptions]
    /// The year, month and day lint runs on, so that date rules can tell past periods from future ones.
    public var today: (year: Int, month: Int, day: Int)
    /// Values the caller works out before the run, by key: the evaluation scheme (given with
    /// `ReportScheme`'s `attach(_:)`, read with `scheme(for:)`), precomputed shared values
    /// (`shared(_:of:_:)` returns them as given).
    public var extensions: [String: any Sendable]
    /// What rules work out once for this run and share (see `shared(_:of:_:)`).
    let memo = RunMemo()

    public init(
        ruleOptions: [String: RuleOptions] = [:], today: (year: Int, month: Int, day: Int) = (2026, 1, 1),
        extensions: [String: any Sendable] = [:]
    ) {
        self.ruleOptions = ruleOptions
        self.today = today
        self.extensions = extensions
    }

    /// The options configured for a rule (empty when none were).
    public func options(for ruleID: String) -> RuleOptions { ruleOptions[ruleID] ?? RuleOptions() }
}

/// A check on a report. Conforming types live in `Plugins/` and are listed in the CLI's registry.
///
/// A rule implements one of the two `check` methods: returning its findings as an array (most
/// rules), or adding them to the run's `FindingList` (a rule that may find something every few
/// characters, so that its findings are never held as `Diagnostic` values). Each has a default
/// that calls the other.
public protocol ReportRule: Sendable {
    var metadata: RuleMetadata { get }
    /// The findings in `report`, at the rule's default severity.
    func check(_ report: Report, context: RuleContext) -> [Diagnostic]
    /// Adds the findings in `report`, at the rule's default severity, to `findings`.
    func check(_ report: Report, context: RuleContext, into findings: inout FindingList)
}

extension ReportRule {
    public func check(_ report: Report, context: RuleContext, into findings: inout FindingList) {
        findings.append(contentsOf: check(report, context: context))
    }

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var findings = FindingList()
        check(report, context: context, into: &findings)
        return Array(findings)
    }
}
