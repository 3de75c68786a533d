import PropertyBased
import ReportModel
import ReportPluginKit
import Testing
import TypographyRules

/// The typography rules skip texts by the decoder's mark summary and jump from mark to mark over
/// the stored units. On generated texts full of marks, look-alike values, Han text, emoji,
/// combining marks and CR/LF, their findings must be those of a plain loop over the scalars.
@Suite struct MarkScanPropertyTests {
    static let pieces: [String] = [
        "“", "”", "‘", "’", "《", "》", "（", "）", "〔", "〕", "【", "】", "。", "，", "、", "；", "：", "！", "？",
        "。。", "，，", "、、", "！！", "教育", "经费", "　", "\r\n", "\n", "👍🏽", "𠀀", "e\u{301}", "（\u{301}",
        "〖", "〗", "「", "」", "\u{3016}", "\u{2017}", "\u{201E}", "\u{FF07}", "\u{FF0A}", "\u{3003}", "\u{FF00}",
        "……", "——", "号", "月", " ",
    ]

    static let texts = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 1...30).map { $0.joined() }

    /// A report of one paragraph holding `text` (read straight into the model, not parsed).
    static func report(_ text: String) -> Report {
        Report(path: "t.txt", preamble: [.paragraph(Paragraph(span: TextSpan(text: text, line: 1)))])
    }

    /// The column (1-based, in Characters) of each scalar of `text`.
    static func columns(_ text: String) -> [Int] {
        var columns: [Int] = []
        for (offset, character) in text.enumerated() {
            for _ in character.unicodeScalars { columns.append(offset + 1) }
        }
        columns.append(text.count + 1)
        return columns
    }

    @Test func unpairedMarksAreThoseOfAPlainStackLoop() async {
        let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
            ("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("〔", "〕"), ("【", "】"),
        ]
        await propertyCheck(input: Self.texts) { text in
            let scalars = Array(text.unicodeScalars)
            var stacks = [[Int]](repeating: [], count: pairs.count)
            var unpaired: [Int] = []
            for (index, scalar) in scalars.enumerated() {
                guard let pair = pairs.firstIndex(where: { $0.open == scalar || $0.close == scalar }) else { continue }
                if scalar == pairs[pair].open {
                    stacks[pair].append(index)
                } else if stacks[pair].popLast() == nil {
                    unpaired.append(index)
                }
            }
            unpaired = (unpaired + stacks.flatMap { $0 }).sorted()
            let columns = Self.columns(text)
            let found = UnpairedPunctuationRule().check(Self.report(text), context: RuleContext())
            // A quotation with mismatched ends is one finding over both of its unpaired marks.
            let marks = found.flatMap { finding in
                finding.message.hasPrefix("引号前后不一致")
                    ? [finding.range.start.column, finding.range.end.column - 1] : [finding.range.start.column]
            }
            #expect(marks.sorted() == unpaired.map { columns[$0] }, "\(text.debugDescription)")
        }
    }

    @Test func repeatedMarksAreThoseOfAPlainLoop() async {
        let marks: Set<Unicode.Scalar> = ["。", "，", "、", "；", "：", "！"]
        await propertyCheck(input: Self.texts) { text in
            let scalars = Array(text.unicodeScalars)
            var runs: [Range<Int>] = []
            var index = 0
            while index < scalars.count {
                var end = index + 1
                while end < scalars.count, scalars[end] == scalars[index] { end += 1 }
                if marks.contains(scalars[index]), end - index >= 2 { runs.append(index..<end) }
                index = end
            }
            let columns = Self.columns(text)
            let found = RepeatedPunctuationRule().check(Self.report(text), context: RuleContext())
            #expect(found.map(\.range.start.column) == runs.map { columns[$0.lowerBound] }, "\(text.debugDescription)")
            #expect(found.map(\.range.end.column) == runs.map { columns[$0.upperBound] })
        }
    }

    @Test func placeholdersAreFoundWhateverSurroundsThem() async {
        // The rule skips a text without any mark that can start a placeholder: a text made of
        // the pieces plus one placeholder must always report it.
        let placeholders = ["XX", "××", "某某", "【待填写】", "TODO", "？？", "{{经费}}", "ＸＸ"]
        let placeholder = Gen.element(of: placeholders).map { $0 ?? "XX" }
        await propertyCheck(input: Self.texts, placeholder, Self.texts) { before, placeholder, after in
            // (An open 【 before it could take the placeholder's 】 and report a longer span.)
            let before = before.replacingOccurrences(of: "【", with: "")
            let text = "教" + before + "教" + placeholder + "教" + after
            let found = UnfilledPlaceholderRule().check(Self.report(text), context: RuleContext())
            let column = Self.columns(text)[Array(("教" + before + "教").unicodeScalars).count]
            #expect(found.contains { $0.range.start.column == column }, "\(text.debugDescription)")
        }
        await propertyCheck(input: Self.texts) { text in
            guard !text.contains("？？") else { return }
            #expect(UnfilledPlaceholderRule().check(Self.report(text), context: RuleContext()).isEmpty)
        }
    }
}
