import ReportModel
import ReportPluginKit

/// Applies fixes to a text the way `lint --fix` does: by line and column in Characters, from the last
/// to the first, skipping a fix that overlaps one already applied.
enum FixApplier {
    static func apply(_ fixes: [Fix], to text: String) -> String {
        var characters = Array(text)
        var lineStarts = [0]
        for (offset, character) in characters.enumerated() where character == "\n" { lineStarts.append(offset + 1) }
        func offset(_ position: SourcePosition) -> Int { lineStarts[position.line - 1] + position.column - 1 }
        var applied: [Range<Int>] = []
        for fix in fixes.sorted(by: { $0.range.start > $1.range.start }) {
            let range = offset(fix.range.start)..<offset(fix.range.end)
            if applied.contains(where: { $0.overlaps(range) }) { continue }
            characters.replaceSubrange(range, with: Array(fix.replacement))
            applied.append(range)
        }
        return String(characters)
    }
}
