import PropertyBased
import Testing
@testable import ReportReading

/// The one-pass phrase search finds a phrase exactly when some phrase is a substring of the text.
@Suite struct PhraseSetTests {
    private static let phrases = ["当前位置：", "打印本页", "【关闭】", "ab", "下一步", "e\u{301}x"]

    @Test(arguments: [
        ("　　您当前位置：首页", true),
        ("打印本", false),
        ("请【关闭】窗口", true),
        ("【关闭", false),
        ("xab", true),
        ("a", false),
        ("做好下一步工作", true),
        ("", false),
        ("e\u{301}x", true),
    ])
    func findsPhrases(text: String, found: Bool) {
        #expect(PhraseSet(Self.phrases).occurs(in: text) == found)
        #expect(PhraseSet(Self.phrases).occurs(in: text[...]) == found)
    }

    /// Phrases that all start with a multibyte scalar, which the search looks for by lead bytes only.
    private static let chinesePhrases = ["当前位置：", "打印本页", "【关闭】", "下一步", "位置"]

    @Test(arguments: [false, true])
    func matchesASubstringSearch(chineseOnly: Bool) async {
        let pieces = ["当前", "位置", "：", ":", "打印", "本页", "【", "关闭", "】", "a", "b", "下", "一步", "e", "\u{301}", "x", "👍🏽", "\r\n"]
        let texts = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...12).map { $0.joined() }
        let phrases = chineseOnly ? Self.chinesePhrases : Self.phrases
        let set = PhraseSet(phrases)
        await propertyCheck(input: texts) { text in
            // Byte-wise reference: a phrase occurs when its UTF-8 is a run of the text's UTF-8
            // (what a search over scalars, which never splits one, finds).
            let bytes = Array(text.utf8)
            let expected = phrases.contains { phrase in
                let needle = Array(phrase.utf8)
                return needle.count <= bytes.count
                    && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
            }
            #expect(set.occurs(in: text) == expected, "\(text)")
        }
    }
}
