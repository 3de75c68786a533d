import ReportModel
import Testing

/// A text's display width is the sum of its Characters' widths, whether it is measured scalar by
/// scalar (every scalar a Character of its own) or Character by Character.
struct DisplayWidthTests {
    @Test(arguments: [
        "在园幼儿数（万人）", "98.5%", "其中：普通小学", "ｅ＝ｍｃ²", "🎓学校", "e\u{301}教育", "한국어", "𠀀字", "a\tb", "",
    ])
    func textWidthIsTheSumOfItsCharacters(text: String) {
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    }

    @Test func wideAndNarrowCharactersCount() {
        #expect(DisplayWidth.of("指标98.5") == 8)
        #expect(DisplayWidth.of("🎓") == 2)
    }
}
