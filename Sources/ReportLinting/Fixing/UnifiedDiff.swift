/// A unified diff of two versions of a file's lines (`--- a/path`, `+++ b/path`, `@@ -l,n +l,n @@`
/// hunks with three lines of context), computed with Myers' algorithm so that distant fixes give
/// separate hunks.
public enum UnifiedDiff {
    enum Edit: Equatable { case same, delete, insert }

    /// The diff, or an empty string when the lines are equal.
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

    /// The shortest edit script from `a` to `b` (Myers 1986). The common head and tail are skipped and
    /// each round keeps only its own diagonals, so memory grows with the square of the edit count, not
    /// with the file.
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x0 = Array(a[head..<(a.count - tail)]), y0 = Array(b[head..<(b.count - tail)])
        let middle = middleScript(x0, y0)
        return Array(repeating: .same, count: head) + middle + Array(repeating: .same, count: tail)
    }

    private static func middleScript(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let limit = n + m, offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var rounds: [[Int]] = []  // rounds[d][k + d]: furthest x on diagonal k after round d
        search: for d in 0...limit {
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m {
                    rounds.append(Array(v[(offset - d)...(offset + d)]))
                    break search
                }
            }
            rounds.append(Array(v[(offset - d)...(offset + d)]))
        }
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: rounds.count - 1, through: 1, by: -1) {
            let previous = rounds[d - 1]
            let k = x - y
            let down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1])
            let previousK = down ? k + 1 : k - 1
            let previousX = previous[previousK + d - 1]
            let previousY = previousX - previousK
            while x > previousX, y > previousY { edits.append(.same); x -= 1; y -= 1 }
            edits.append(down ? .insert : .delete)
            x = previousX
            y = previousY
        }
        while x > 0, y > 0 { edits.append(.same); x -= 1; y -= 1 }
        return edits.reversed()
    }
}
