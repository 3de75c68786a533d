import ReportReading

/// A unified diff of two versions of a file's lines (`--- a/path`, `+++ b/path`, `@@ -l,n +l,n @@`
/// hunks with three lines of context), from the standard library's `CollectionDifference` (Myers'
/// algorithm) so that distant fixes give separate hunks.
public enum UnifiedDiff {
    enum Edit: Equatable { case same, delete, insert }

    /// The diff, or an empty string when the lines are equal.
    public static func make(old: SourceLines, new: SourceLines, path: String, context: Int = 3) -> String {
        make(old: old.strings, new: new.strings, path: path, context: context)
    }

    public static func make(old: [String], new: [String], path: String, context: Int = 3) -> String {
        let edits = script(old, new)
        guard edits.contains(where: { $0 != .same }) else { return "" }
        // Positions (old index, new index) before each edit.
        var positions: [(Int, Int)] = []
        var oldIndex = 0, newIndex = 0
        for edit in edits {
            positions.append((oldIndex, newIndex))
            switch edit {
            case .same: oldIndex += 1; newIndex += 1
            case .delete: oldIndex += 1
            case .insert: newIndex += 1
            }
        }
        let changed = edits.indices.filter { edits[$0] != .same }
        // Group changes whose context windows touch.
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            if let last = groups.last, index - last.upperBound <= 2 * context {
                groups[groups.count - 1] = last.lowerBound...index
            } else {
                groups.append(index...index)
            }
        }
        let relative = path.drop { $0 == "/" }  // `a//tmp/x` reads badly; `a/tmp/x` as git prints it
        var output = "--- a/\(relative)\n+++ b/\(relative)\n"
        for group in groups {
            let from = max(group.lowerBound - context, 0)
            let to = min(group.upperBound + context, edits.count - 1)
            let slice = from...to
            let oldCount = slice.filter { edits[$0] != .insert }.count
            let newCount = slice.filter { edits[$0] != .delete }.count
            let oldStart = oldCount == 0 ? positions[from].0 : positions[from].0 + 1
            let newStart = newCount == 0 ? positions[from].1 : positions[from].1 + 1
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for index in slice {
                let (o, n) = positions[index]
                switch edits[index] {
                case .same: output += " " + old[o] + "\n"
                case .delete: output += "-" + old[o] + "\n"
                case .insert: output += "+" + new[n] + "\n"
                }
            }
        }
        return output
    }

    /// The shortest edit script from `a` to `b`. The common head and tail are skipped before the
    /// standard library compares the middle, so a few fixes in a long file cost little.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let old = a[head..<(a.count - tail)], new = b[head..<(b.count - tail)]
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // Deletions before insertions where both fall, as unified diffs print them.
        var middle: [Edit] = []
        var x = 0, y = 0
        while x < old.count || y < new.count {
            if x < old.count, removed.contains(x) {
                middle.append(.delete)
                x += 1
            } else if y < new.count, inserted.contains(y) {
                middle.append(.insert)
                y += 1
            } else {
                middle.append(.same)
                x += 1
                y += 1
            }
        }
        return Array(repeating: .same, count: head) + middle + Array(repeating: .same, count: tail)
    }
}
