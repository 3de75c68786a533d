import PropertyBased
import ReportModel
import Testing

/// The fast scanners (`ScalarText`, `characterCount`, `containsText`) agree with the standard
/// library's slow, obviously right answers on any text: Chinese, ASCII, full-width punctuation,
/// and the awkward cases (combining marks, emoji with modifiers, CRLF, a stray BOM).
@Suite struct TextScanningTests {
    /// Pieces texts are built from, chosen so that some pairs form one Character together.
    static let pieces = [
        "教育", "经费", "。", "，", "（", "）", "〔", "〕", "2023", "5.77", "%", "％", "xx", "\t", " ", "　",
        "e\u{301}", "\u{301}", "👍🏽", "🇨🇳", "\r\n", "\r", "\n", "\u{FEFF}", "한", "é", "①", "—", "\u{200D}",
        // Punctuation read from its bytes, and its neighbours that join: 、“”《》 and U+302A (a
        // combining tone mark), U+200C (a joiner), U+FF00.
        "、", "“", "”", "《", "》", "\u{302A}", "\u{200C}", "\u{FF00}",
    ]
    static let texts = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }

    @Test func scalarTextHoldsEveryScalar() async {
        await propertyCheck(input: Self.texts, Gen.int(in: 0...50)) { text, limit in
            let all = ScalarText(text)
            #expect(all.scalars == Array(text.unicodeScalars))
            #expect(!all.isTruncated)
            if all.isCharacterAligned { #expect(all.count == text.count) }
            let prefix = ScalarText(text, limit: limit)
            #expect(prefix.scalars == Array(text.unicodeScalars.prefix(limit)))
            #expect(prefix.isTruncated == (text.unicodeScalars.count > limit))
        }
    }

    @Test func substringsScanLikeTheirText() async {
        await propertyCheck(input: Self.texts, Self.texts) { head, body in
            let whole = head + body
            let slice = whole.unicodeScalars.index(whole.startIndex, offsetBy: head.unicodeScalars.count)
            let substring = whole[slice...]
            #expect(ScalarText(substring).scalars == Array(substring.unicodeScalars))
            #expect(substring.characterCount == substring.count)
        }
    }

    @Test func characterCountMatchesTheStandardLibrary() async {
        await propertyCheck(input: Self.texts) { text in
            #expect(text.characterCount == text.count)
        }
    }

    @Test func containsTextFindsExactlyTheScalarSequences() async {
        await propertyCheck(input: Self.texts, Gen.element(of: Self.pieces + ["教育经费", "。2023", "\r\n\t"])) { text, needle in
            guard let needle else { return }
            let scalars = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
            let expected = pattern.isEmpty || stride(from: 0, through: scalars.count - pattern.count, by: 1).contains { start in
                Array(scalars[start..<start + pattern.count]) == pattern
            }
            #expect(text.containsText(needle) == expected)
            #expect(text[...].containsText(needle) == expected)
            #expect(text.containsAny(["不在其中的词", needle]) == expected)
        }
    }

    @Test(arguments: [("教育\t经费", true), ("教育经费", false), ("", false), ("\t", true)])
    func asciiBytesAreFound(text: String, hasTab: Bool) {
        #expect(text.containsASCII(UInt8(ascii: "\t")) == hasTab)
        #expect(text[...].containsASCII(UInt8(ascii: "\t")) == hasTab)
    }

    @Test func searchesDoNotMatchAcrossScalarBoundaries() {
        // 经 (E7 BB 8F) then 费: the pattern's last byte occurs inside other scalars first.
        #expect(!"经济".containsText("费"))
        #expect("教育经费保障".containsText("经费"))
        #expect(!"教育经".containsText("经费"))
        #expect("xx".containsText(""))
    }
}
