import Testing
@testable import ReportReading

/// The readers answer some Character questions from a line's bytes when the bytes settle them, and
/// ask the Characters otherwise: both ways give the same answer.
@Suite struct ByteFastPathTests {
    /// `其中：` and its spellings come off a name; what follows the prefix decides how it is read.
    @Test(arguments: [
        ("其中：小学", "小学"), ("其中:初中", "初中"), ("其中高中", "高中"), ("其中", ""), ("其中：a", "a"),
        ("其中：\u{301}x", "：\u{301}x"), ("其中👍", "👍"), ("其中：👍", "👍"), ("其中\u{3000}幼儿园", "\u{3000}幼儿园"),
    ])
    func partPrefixesAreDropped(name: String, rest: String) {
        #expect(IndicatorTableReader.droppingPartPrefix(name) == rest)
    }

    @Test(arguments: ["其它", "其", "中其", "", "小学其中"])
    func namesWithoutAPartPrefixStay(name: String) {
        #expect(IndicatorTableReader.droppingPartPrefix(name) == nil)
    }
}
