import Testing
import ReportModel
@testable import ReportReading

/// The readers answer some Character questions from a line's bytes when the bytes settle them, and
/// ask the Characters otherwise: both ways give the same answer.
@Suite struct ByteFastPathTests {
    /// A line's edges: untouched when its first and last bytes cannot be whitespace, trimmed scalar
    /// by scalar otherwise (also when a last byte only looks like the end of a space, as 一's does).
    @Test(arguments: [
        ("一、总体情况", "一、总体情况", 1), ("\u{FEFF}一、总体", "一、总体", 2), ("一", "一", 1), ("中\u{00A0}", "中", 1),
        ("\t\u{3000}x\u{3000} ", "x", 3), ("é", "é", 1), ("", "", 1), ("¿", "¿", 1), ("  | a | b |", "| a | b |", 3),
        ("\u{00A0}\u{00A0}", "", 3), ("文\u{3000}", "文", 1),
    ])
    func linesAreTrimmedOfWhitespace(text: String, content: String, column: Int) {
        let line = SourceLine(number: 1, text: text[...], markdown: false)
        #expect(line.content == content[...])
        #expect(line.column == column)
    }

    @Test func markdownHeadingsAfterIndentation() {
        let line = SourceLine(number: 1, text: "　## 标题", markdown: true)
        #expect(line.content == "标题")
        #expect(line.column == 5)
        #expect(line.headingDepth == 2)
        #expect(SourceLine(number: 1, text: "# 标题", markdown: true).column == 3)
    }

    /// A bar followed by a combining mark is not the Character `|`.
    @Test(arguments: [
        ("| a |", true), ("|", true), ("|中|", true), ("|\u{3000}a|", true), ("|\u{301}a|", false), ("|\u{200D}a|", false),
        ("x|", false), ("", false), ("｜a｜", false),
    ])
    func rowsStartWithABar(text: String, expected: Bool) {
        let line = SourceLine(number: 1, text: text[...], markdown: true)
        #expect(line.startsWithBar == expected)
        #expect(line.startsWithBar == (line.content.first == "|"))
    }

    /// `其中：` and its spellings come off a name; what follows the prefix decides how it is read.
    @Test(arguments: [
        ("其中：小学", "小学"), ("其中:初中", "初中"), ("其中高中", "高中"), ("其中", ""), ("其中：a", "a"),
        ("其中：\u{301}x", "：\u{301}x"), ("其中👍", "👍"), ("其中：👍", "👍"), ("其中\u{3000}幼儿园", "\u{3000}幼儿园"),
    ])
    func partPrefixesAreDropped(name: String, rest: String) {
        #expect(IndicatorName.droppingPartPrefix(name) == rest)
    }

    @Test(arguments: ["其它", "其", "中其", "", "小学其中"])
    func namesWithoutAPartPrefixStay(name: String) {
        #expect(IndicatorName.droppingPartPrefix(name) == nil)
    }
}
