import PropertyBased
import ReportModel
@testable import ReportPluginKit
import Testing

/// The rule-facing searches: any character may be asked for (not only the marks the decoder keeps
/// a summary of), and every answer agrees with a plain loop over the text's scalars.
@Suite struct RuleTextSearchTests {
    /// Tracked and untracked marks, ASCII, characters above U+FFFF and their look-alikes.
    static let pieces: [String] = [
        "《", "》", "〈", "〉", "“", "”", "「", "」", "教育", "2023", "XX", ",", "(", "\"", "𠀀", "𪚥", "👍🏽",
        "e\u{301}", "　", "\u{3009}", "\u{2019}", "号", "月",
    ]
    static let texts = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...16).map { $0.joined() }
    static let sets = ["《〈", "〈〉", "「」", "𠀀", "号,", "\"(", "〉𪚥月", "《》“”"]

    @Test func untrackedMarksCanBeAskedForWithoutATrap() {
        let marks = ScannedMarks("《〈")
        #expect(marks.contains("《"))
        #expect(!marks.contains("〈"))
        #expect(marks.rawValue & ScannedMarks.untrackedBit != 0)
        let text = RuleText(TextSpan(text: "印发《关于〈通知〉的说明》", line: 1), kind: .body)
        #expect(text.containsAny(of: MarkSet("〈")))
        #expect(text.firstIndex(of: MarkSet("〈〉")) == 5)
        #expect(!RuleText(TextSpan(text: "印发《通知》", line: 1), kind: .body).containsAny(of: MarkSet("〈〉")))
    }

    @Test func searchesAgreeWithAPlainScalarLoop() async {
        await propertyCheck(input: Self.texts) { string in
            let text = RuleText(TextSpan(text: string, line: 1), kind: .body)
            let plain = Array(string.unicodeScalars)
            for characters in Self.sets {
                let set = MarkSet(characters)
                let members = Set(characters.unicodeScalars)
                #expect(text.containsAny(of: set) == plain.contains(where: members.contains), "\(characters) in \(string)")
                var offsets: [Int] = []
                var found = text.firstIndex(of: set)
                while let index = found {
                    offsets.append(index)
                    found = text.firstIndex(of: set, from: index + 1)
                }
                #expect(offsets == plain.indices.filter { members.contains(plain[$0]) }, "\(characters) in \(string)")
            }
            for phrase in ["教育", "《教育》", "𠀀教", "2023"] {
                let expected = Self.scalarsContain(plain, phrase)
                #expect(text.contains(phrase) == expected)
                let ranges = text.ranges(of: phrase)
                #expect(ranges.allSatisfy { text.text($0) == phrase })
                #expect(ranges.isEmpty == !expected)
            }
        }
    }

    static func scalarsContain(_ scalars: [Unicode.Scalar], _ phrase: String) -> Bool {
        let needle = Array(phrase.unicodeScalars)
        guard needle.count <= scalars.count else { return false }
        return (0...(scalars.count - needle.count)).contains { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func sharedValuesAreTyped() {
        let context = RuleContext()
        let report = Report(path: "t.txt")
        let key = SharedKey<[Int]>("test.numbers")
        var computed = 0
        #expect(context.shared(key, of: report) { computed += 1; return [1, 2] } == [1, 2])
        #expect(context.shared(key, of: report) { computed += 1; return [] } == [1, 2])
        #expect(computed == 1)
    }
}
