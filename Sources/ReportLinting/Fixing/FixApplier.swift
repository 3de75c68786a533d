import ReportModel
import ReportPluginKit

/// Applies fixes to source lines. Columns are Characters; fixes are applied last first so that the
/// positions of the others stay valid. Of fixes that overlap, the first in source order wins and the
/// rest are left for a later run; fixes pointing outside the text are left too.
public enum FixApplier {
    /// The fixed lines and what happened to each fix.
    public struct Outcome: Sendable {
        public var lines: [String]
        /// The fixes applied, in source order.
        public var applied: [Fix]
        /// Fixes not applied because they overlap an applied one or point outside the text.
        public var skipped: [Fix]
    }

    public static func apply(_ fixes: [Fix], to lines: [String]) -> Outcome {
        var accepted: [Fix] = []
        var skipped: [Fix] = []
        let ordered = fixes.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        for fix in ordered {
            guard isValid(fix.range, in: lines) else { skipped.append(fix); continue }
            if let last = accepted.last {
                if last == fix { continue }  // two rules proposing the same edit
                let overlaps = fix.range.start < last.range.end
                    || (fix.range.start == last.range.start && fix.range.start == fix.range.end)
                if overlaps { skipped.append(fix); continue }
            }
            accepted.append(fix)
        }
        var result = lines
        for fix in accepted.reversed() {
            replace(fix.range, with: fix.replacement, in: &result)
        }
        return Outcome(lines: result, applied: accepted, skipped: skipped)
    }

    private static func isValid(_ range: SourceRange, in lines: [String]) -> Bool {
        guard range.start <= range.end, range.start.line >= 1, range.end.line <= lines.count,
              range.start.column >= 1, range.end.column >= 1 else { return false }
        return range.start.column <= lines[range.start.line - 1].count + 1
            && range.end.column <= lines[range.end.line - 1].count + 1
    }

    private static func replace(_ range: SourceRange, with replacement: String, in lines: inout [String]) {
        let first = lines[range.start.line - 1], last = lines[range.end.line - 1]
        let head = first.prefix(range.start.column - 1)
        let tail = last.dropFirst(range.end.column - 1)
        let joined = head + replacement + tail
        let newLines = joined.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.replaceSubrange((range.start.line - 1)...(range.end.line - 1), with: newLines)
    }
}
