import ReportLinting
import ReportModel
import ReportPluginKit
import Testing

/// `FixApplier` applies its fixes in one pass; these check it against applying them one at a time,
/// last first, on the same lines (what it did before, quadratic in the fixes on a line).
@Suite("Fixes in one pass")
struct FixApplierOnePassTests {
    /// The fixes applied one by one from the last, each joining the lines it touches and splitting
    /// the result at its line breaks.
    static func oneByOne(_ fixes: [Fix], to lines: [String]) -> [String] {
        var result = lines
        for fix in fixes.reversed() {
            let range = fix.range
            let head = result[range.start.line - 1].prefix(range.start.column - 1)
            let tail = result[range.end.line - 1].dropFirst(range.end.column - 1)
            let joined = head + fix.replacement + tail
            result.replaceSubrange(
                (range.start.line - 1)...(range.end.line - 1),
                with: joined.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return result
    }

    @Test("random fixes across lines, with line breaks in replacements: the same lines as one by one")
    func randomFixes() {
        var generator = FixSeededGenerator(seed: 21)
        let alphabet = Array("中文,。ab（）é👍🏽 　")
        for _ in 0..<200 {
            let lines = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            var fixes: [Fix] = []
            for _ in 0..<Int.random(in: 0...10, using: &generator) {
                let startLine = Int.random(in: 1...lines.count, using: &generator)
                let endLine = Int.random(in: startLine...min(lines.count, startLine + 1), using: &generator)
                let startColumn = Int.random(in: 1...(lines[startLine - 1].count + 1), using: &generator)
                let endColumn = endLine == startLine
                    ? Int.random(in: startColumn...(lines[startLine - 1].count + 1), using: &generator)
                    : Int.random(in: 1...(lines[endLine - 1].count + 1), using: &generator)
                let replacement = ["", "，", "x\ny", "\n", "〔二〕"].randomElement(using: &generator)!
                fixes.append(Fix(
                    range: SourceRange(start: .init(line: startLine, column: startColumn), end: .init(line: endLine, column: endColumn)),
                    replacement: replacement))
            }
            let outcome = FixApplier.apply(fixes, to: lines)
            #expect(outcome.lines.strings == Self.oneByOne(outcome.applied, to: lines), "\(lines) \(fixes)")
        }
    }

    @Test("twenty thousand fixes on one line: every one applied")
    func manyFixesOnOneLine() {
        let line = String(repeating: "文,", count: 20_000)
        let fixes = (0..<20_000).map { Fix(range: SourceRange(line: 2, column: 2 * $0 + 2, length: 1), replacement: "，") }
        let outcome = FixApplier.apply(fixes, to: ["标题", line, "末行"])
        let expected = ["标题", String(repeating: "文，", count: 20_000), "末行"]
        #expect(outcome.lines.strings == expected, "the fixed line differs")
        #expect(outcome.applied.count == 20_000)
    }
}

/// A small seeded generator, so that a failure can be replayed.
struct FixSeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
