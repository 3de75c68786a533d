import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading

/// Turns a draft's findings into what a review writes: with `annotate`, one comment per finding
/// (severity, the rule's Chinese title, the message, the suggested change); with `revise`, every
/// safe fix as a tracked change (those that overlap another are left for a second run, as
/// `lint --fix` does) — and, when both are asked, a fix that cannot be a tracked change becomes a
/// comment. Findings below `minimumSeverity` are left out.
public struct ReviewPlan: Sendable {
    public var annotate: Bool
    public var revise: Bool
    public var minimumSeverity: Severity
    /// Rule id → Chinese title (`reportkit rules`).
    public var titles: [String: String]

    public init(annotate: Bool, revise: Bool, minimumSeverity: Severity = .info, titles: [String: String]) {
        self.annotate = annotate
        self.revise = revise
        self.minimumSeverity = minimumSeverity
        self.titles = titles
    }

    public func items(for diagnostics: [Diagnostic], lines: SourceLines) -> [ReviewItem] {
        let kept = diagnostics.filter { $0.severity >= minimumSeverity }
        let revisable = revise ? Set(FixApplier.apply(kept.compactMap(\.fix), to: lines).applied) : []
        return kept.compactMap { diagnostic in
            let comment = commentLines(diagnostic, lines: lines)
            if let fix = diagnostic.fix, revisable.contains(fix) {
                // A finding fixed by a tracked change needs no comment besides.
                return ReviewItem(range: diagnostic.range, revision: fix, commentIfNotRevised: annotate ? comment : nil)
            }
            return annotate ? ReviewItem(range: diagnostic.range, comment: comment) : nil
        }
    }

    /// `错误 · 标点符号（punctuation.half-width）`, the message, and `建议改为“，”`.
    public func commentLines(_ diagnostic: Diagnostic, lines: SourceLines) -> [String] {
        let title = titles[diagnostic.ruleID].map { "\($0)（\(diagnostic.ruleID)）" } ?? diagnostic.ruleID
        var result = ["\(diagnostic.severity.chineseName) · \(title)", diagnostic.message]
        if let fix = diagnostic.fix { result.append("建议" + FindingsExport.suggestion(fix, lines: lines)) }
        return result
    }
}
