import ReportLinting
import Testing

/// The diff on many generated pairs of texts: applying its hunks to the old lines gives the new
/// lines, and it changes no more lines than the shortest possible edit.
@Suite("Unified diff on generated texts")
struct UnifiedDiffPropertyTests {
    /// A small deterministic generator (so that a failure can be replayed).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func patch(_ old: [String], with diff: String) -> [String] {
        var result: [String] = []
        var consumed = 0  // old lines copied or deleted so far
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) {
            if line.hasPrefix("@@") {
                let oldStart = Int(line.dropFirst(4).prefix { $0 != "," }) ?? 0
                let oldCount = Int(line.split(separator: " ")[1].split(separator: ",")[1]) ?? 0
                let startIndex = oldCount == 0 ? oldStart : oldStart - 1
                result += old[consumed..<startIndex]
                consumed = startIndex
            } else if line.hasPrefix(" ") {
                result.append(String(line.dropFirst()))
                consumed += 1
            } else if line.hasPrefix("-") {
                consumed += 1
            } else if line.hasPrefix("+") {
                result.append(String(line.dropFirst()))
            }
        }
        return result + old[consumed...]
    }

    static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }

    @Test("hunks reproduce the new text with a shortest edit", arguments: 0..<300)
    func roundTrip(seed: Int) {
        var generator = Generator(state: UInt64(seed) &* 7919 &+ 17)
        let alphabet = ["一、自查情况", "　　甲", "　　乙", "（一）丙", "丁", ""]
        let old = (0..<generator.next(25)).map { _ in alphabet[generator.next(alphabet.count)] }
        var new = old
        for _ in 0..<generator.next(6) {
            switch generator.next(3) {
            case 0 where !new.isEmpty: new.remove(at: generator.next(new.count))
            case 1: new.insert(alphabet[generator.next(alphabet.count)], at: generator.next(new.count + 1))
            default: if !new.isEmpty { new[generator.next(new.count)] = "改\(generator.next(3))" }
            }
        }
        let diff = UnifiedDiff.make(old: old, new: new, path: "x.txt")
        if old == new {
            #expect(diff.isEmpty)
            return
        }
        #expect(Self.patch(old, with: diff) == new, "\(old) → \(new)\n\(diff)")
        let changed = diff.split(separator: "\n").dropFirst(2).filter { $0.hasPrefix("-") || $0.hasPrefix("+") }.count
        #expect(changed == old.count + new.count - 2 * Self.longestCommonSubsequence(old, new))
    }
}
