import ReportLinting
import ReportPluginKit

/// Applies fixes to a text with the product's own `FixApplier`, as `lint --fix` does (one pass; of
/// overlapping fixes the first in source order wins, the others are left for the next run).
enum ProductFixes {
    static func apply(_ fixes: [Fix], to text: String) -> (text: String, skipped: [Fix]) {
        var source = SourceText(text: text)
        let outcome = FixApplier.apply(fixes, to: source.lines)
        source.lines = outcome.lines
        return (source.text, outcome.skipped)
    }
}
