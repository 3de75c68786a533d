import PropertyBased
import ReportModel
@testable import ReportPluginKit
import Testing

/// The shared decoding (`RuleText.all`): one buffer for every text of a report, two bytes per
/// scalar with a side table above U+FFFF, and the summaries (ASCII mask, tracked marks) rules skip
/// texts by. Each is compared with a plain loop over `String.unicodeScalars`.
@Suite struct RuleTextPropertyTests {
    /// Pieces of text with every tracked mark, the ASCII marks, CR/LF, combining marks, emoji,
    /// characters above U+FFFF and look-alikes of the marks (same low byte, neighbouring values).
    static let pieces: [String] = ScannedMarks.tracked.map { String($0) } + [
        "教育", "经费", "2023", "XX", "TODO", ",", "(", ")", "\"", "?", "-", "[", "{", "\r\n", "\n", "\r", "　",
        "\t", "e\u{301}", "👍🏽", "👨‍👩‍👧", "𠀀", "𪚥", "\u{FE0F}", "〖", "〗", "「", "」", "﹁", "…", "—", "·",
        "\u{2017}", "\u{201E}", "\u{3016}", "\u{FF07}", "\u{FF0A}", "\u{53F6}", "\u{6709}", "\u{67D1}", "\u{00D8}",
    ]

    static let texts = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...24).map { $0.joined() }

    /// A report whose preamble holds `texts` as paragraphs, so that they are decoded together.
    static func report(_ texts: [String]) -> Report {
        var report = Report(path: "t.txt")
        report.preamble = texts.enumerated().map { index, text in
            .paragraph(Paragraph(span: TextSpan(text: text, line: index + 1)))
        }
        return report
    }

    @Test func decodingMatchesThePlainScalarLoop() async {
        await propertyCheck(input: Self.texts.array(of: 1...4)) { texts in
            let scanned = RuleText.all(in: Self.report(texts))
            let expectedTexts = texts.filter { !$0.isEmpty }
            #expect(scanned.count == expectedTexts.count)
            for (text, string) in zip(scanned, expectedTexts) {
                let plain = Array(string.unicodeScalars)
                #expect(Array(text.scalars) == plain)
                #expect(text.count == plain.count)
                for index in plain.indices {
                    #expect(text[index] == plain[index])
                    let unit = text.scalars.unit(at: index)
                    #expect(plain[index].value < 0x10000 ? UInt32(unit) == plain[index].value : unit == 0xD800)
                }
                #expect(text[-1] == nil && text[plain.count] == nil)
                for mark in ScannedMarks.tracked {
                    #expect(text.contains(mark) == plain.contains(mark), "mark \(mark) in \(string)")
                    #expect(text.marks.contains(mark) == plain.contains(mark))
                }
                for value in UInt8(0)..<0x80 {
                    let scalar = Unicode.Scalar(value)
                    #expect(text.containsASCII(scalar) == plain.contains(scalar))
                }
                for other: Unicode.Scalar in ["教", "👍", "\u{301}", "𠀀", "\u{53F6}"] {
                    #expect(text.contains(other) == plain.contains(other))
                }
                #expect(text.text(0..<plain.count) == string)
                if plain.count >= 2 {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: plain[1..<(plain.count - 1)])
                    #expect(text.text(1..<(plain.count - 1)) == String(view))
                }
            }
        }
    }

    @Test func columnsCountCharactersWhateverTheScalars() async {
        await propertyCheck(input: Self.texts) { string in
            guard !string.isEmpty else { return }
            let text = RuleText(TextSpan(text: "　　" + string, line: 3), kind: .body)
            let plain = Array(text.span.text.unicodeScalars)
            // The column of each scalar is that of the Character it belongs to, behind the indent.
            var columns: [Int] = []
            for (offset, character) in text.span.text.enumerated() {
                for _ in character.unicodeScalars { columns.append(offset + 1) }
            }
            for index in plain.indices {
                #expect(text.range(index..<(index + 1)).start == SourcePosition(line: 3, column: columns[index]))
            }
        }
    }

    @Test func summariesSkipOnlyTextsWithoutTheMarks() {
        let text = RuleText(TextSpan(text: "开展“双减”督导（含培训机构）12次。", line: 1), kind: .body)
        #expect(text.containsAny(of: MarkSet("“”")))
        #expect(text.containsAny(of: MarkSet("（")))
        #expect(!text.containsAny(of: MarkSet("《》【】")))
        #expect(!text.contains("号") && !text.contains("月"))
        #expect(RuleText(TextSpan(text: "渝教发〔2023〕5号", line: 1), kind: .body).contains("号"))
    }

    /// The compact form gives back what it was made from: each text's span (a paragraph wrapped
    /// over lines keeps every segment), its kind, and the columns of scalars after a wrap and
    /// behind combining marks.
    @Test func spansKindsAndWrappedColumnsComeBackAsGiven() async {
        await propertyCheck(input: Self.texts.array(of: 1...3), Gen.int(in: 1...9), Gen.int(in: 1...200)) { pieces, column, line in
            // One paragraph wrapped over a line per piece, each indented by `column - 1`; each line
            // starts with an ideograph, so that no piece joins the Character before the wrap.
            let pieces = pieces.map { "教" + $0 }
            var span = TextSpan(text: pieces[0], line: line, column: column)
            for (index, piece) in pieces.enumerated().dropFirst() {
                span.append(TextSpan(text: piece, line: line + index, column: column))
            }
            var report = Self.report([])
            report.metadata.documentNumber = MetadataField(text: "渝教督〔2024〕3号", written: TextSpan(text: "渝教督〔2024〕3号", line: 1, column: column))
            report.metadata.title = MetadataField(text: "标题", written: TextSpan(text: "标题", line: 2))
            report.preamble = [.paragraph(Paragraph(span: span))]
            let texts = RuleText.all(in: report)
            #expect(texts.map(\.kind) == [.documentNumber, .metadata, .body])
            #expect(texts.map(\.span) == [report.metadata.documentNumber!.written, report.metadata.title!.written, span])
            let wrapped = texts[2]
            // The first scalar of each piece is at `column` of its own line.
            var offset = 0
            for (index, piece) in pieces.enumerated() {
                #expect(wrapped.range(offset..<(offset + 1)).start == SourcePosition(line: line + index, column: column))
                offset += piece.unicodeScalars.count
            }
            #expect(offset == wrapped.count)
        }
    }

    /// A scalar-by-scalar search, the reference for the phrase searches.
    static func plainContains(_ text: [Unicode.Scalar], _ phrase: [Unicode.Scalar]) -> Bool {
        guard !phrase.isEmpty else { return true }
        guard text.count >= phrase.count else { return false }
        return (0...(text.count - phrase.count)).contains { Array(text[$0..<($0 + phrase.count)]) == phrase }
    }

    /// `contains(_ phrase:)` and `containsAny(of: PhraseSet)` scan the decoded scalars; they find
    /// what a plain scalar search finds, for phrases made of the same pieces as the texts.
    @Test func phraseSearchesFindWhatAPlainSearchFinds() async {
        let phrases = Gen.element(of: Self.pieces).map { $0 ?? "" }.array(of: 1...3).map { $0.joined() }.array(of: 1...5)
        await propertyCheck(input: Self.texts, phrases) { string, phrases in
            guard !string.isEmpty else { return }
            let text = RuleText(TextSpan(text: string, line: 1), kind: .body)
            let plain = Array(string.unicodeScalars)
            for phrase in phrases {
                #expect(text.contains(phrase) == Self.plainContains(plain, Array(phrase.unicodeScalars)), "\(phrase) in \(string)")
            }
            let expected = phrases.contains { Self.plainContains(plain, Array($0.unicodeScalars)) }
            #expect(text.containsAny(of: PhraseSet(phrases)) == expected, "\(phrases) in \(string)")
            // A phrase cut from the text itself is always found.
            if plain.count >= 2 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: plain[1...])
                #expect(text.contains(String(view)) && text.containsAny(of: PhraseSet(["不在文中", String(view)])))
            }
        }
    }

    /// `all(containing:)` keeps the texts that hold the mark, in order, as rows of the shared table
    /// (a bitmap, then an array of their exact count): the same texts a plain filter keeps, across
    /// the bitmap's 64-text words.
    @Test func selectionKeepsTheTextsAPlainFilterKeeps() async {
        await propertyCheck(input: Self.texts.array(of: 60...200)) { texts in
            let report = Self.report(texts)
            let all = RuleText.all(in: report)
            for mark: Unicode.Scalar in ["，", "X", "（", "教"] {
                let selected = all.selecting { $0.contains(mark) }
                let expected = all.filter { $0.contains(mark) }
                #expect(selected.map(\.span) == expected.map(\.span))
                #expect(selected.map(\.index) == expected.map(\.index))
                #expect(RuleText.all(in: report, containing: mark).map(\.span) == expected.map(\.span))
            }
        }
    }

    /// What the rows are for: a text in 24 bytes beside its scalars (a 96-byte object and a
    /// pointer before).
    @Test func aTextTakes24Bytes() {
        #expect(MemoryLayout<RuleTextTable.Row>.stride == 24)
        #expect(MemoryLayout<RuleText>.stride == 16)
    }

    /// `containsAny(of: MarkSet)` and `firstIndex(of: MarkSet)` agree with a plain search, for sets
    /// mixing the ASCII scalars the summary holds one by one (`,`, `X`, `(`) with those it holds
    /// together (space, tab, lowercase letters, `{`, `~`) and non-ASCII marks.
    @Test func markSetSearchesMatchAPlainSearch() async {
        let members: [String] = [",", "X", "(", "?", "_", "!", " ", "\t", "x", "a", "{", "~", "`", "\u{7F}", "，", "《", "教", "𠀀", "👍"]
        let sets = Gen.element(of: members).map { $0 ?? "" }.array(of: 1...4).map { $0.joined() }
        await propertyCheck(input: Self.texts, sets) { string, characters in
            guard !string.isEmpty else { return }
            let text = RuleText(TextSpan(text: string, line: 1), kind: .body)
            let set = MarkSet(characters)
            let firsts = characters.compactMap(\.unicodeScalars.first)
            let plain = Array(string.unicodeScalars)
            let expected = plain.firstIndex { firsts.contains($0) }
            #expect(text.containsAny(of: set) == (expected != nil), "\(characters) in \(string)")
            #expect(text.firstIndex(of: set) == expected, "\(characters) in \(string)")
        }
    }

    /// `firstIndex(of:from:)` (eight units compared at a time) finds what a plain loop finds, from
    /// every start, in texts longer and shorter than eight scalars.
    @Test func scalarSearchFromEveryStartMatchesAPlainLoop() async {
        await propertyCheck(input: Self.texts.array(of: 1...3).map { $0.joined() }) { string in
            let text = RuleText(TextSpan(text: string, line: 1), kind: .body)
            let plain = Array(string.unicodeScalars)
            for wanted: Unicode.Scalar in ["教", "，", "X", "\n", "𠀀", "号"] {
                for start in 0...plain.count {
                    let expected = plain[start...].firstIndex(of: wanted)
                    #expect(text.firstIndex(of: wanted, from: start) == expected, "\(wanted) from \(start) in \(string)")
                }
            }
        }
    }
}
