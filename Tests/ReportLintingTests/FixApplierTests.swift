import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading
import Testing

@Suite("Fixes and diffs")
struct FixApplierTests {
    func fix(_ line: Int, _ column: Int, _ length: Int, _ replacement: String) -> Fix {
        Fix(range: SourceRange(line: line, column: column, length: length), replacement: replacement)
    }

    @Test("columns are Characters behind a full-width indent; several fixes on one line apply last first")
    func cjkColumns() {
        let lines = ["　　全区共有学校ＸＸ所,在校学生ＸＸ人。"]
        let outcome = FixApplier.apply([fix(1, 9, 2, "32"), fix(1, 12, 1, "，"), fix(1, 17, 2, "41000")], to: lines)
        #expect(outcome.lines == ["　　全区共有学校32所，在校学生41000人。"])
        #expect(outcome.applied.count == 3)
        #expect(outcome.skipped.isEmpty)
    }

    @Test("overlapping fixes: the first in source order wins, the rest are reported as skipped")
    func overlaps() {
        let lines = ["一、自查情况。。", "　　第二行"]
        let first = fix(1, 7, 2, "。")
        let overlapping = fix(1, 8, 1, "")
        let sameInsertionPoint = [fix(2, 3, 0, "甲"), fix(2, 3, 0, "乙")]
        let outcome = FixApplier.apply([overlapping, first] + sameInsertionPoint, to: lines)
        #expect(outcome.lines == ["一、自查情况。", "　　甲第二行"])
        #expect(outcome.applied == [first, sameInsertionPoint[0]])
        #expect(outcome.skipped.count == 2)
    }

    @Test("identical fixes from two rules count once; adjacent fixes both apply")
    func duplicatesAndAdjacent() {
        let outcome = FixApplier.apply([fix(1, 1, 1, "（"), fix(1, 1, 1, "（"), fix(1, 2, 1, "一"), fix(1, 3, 1, "）")], to: ["(二)"])
        #expect(outcome.lines == ["（一）"])
        #expect(outcome.applied.count == 3)
        #expect(outcome.skipped.isEmpty)
    }

    @Test("a fix across lines joins them; a replacement with a line break splits")
    func multiLine() {
        let lines = ["第一行末尾", "第二行开头", "第三行"]
        let join = Fix(range: SourceRange(start: .init(line: 1, column: 4), end: .init(line: 2, column: 4)), replacement: "")
        #expect(FixApplier.apply([join], to: lines).lines == ["第一行开头", "第三行"])
        let split = fix(3, 3, 1, "\n")
        #expect(FixApplier.apply([split], to: lines).lines == ["第一行末尾", "第二行开头", "第三", ""])
    }

    @Test("fixes outside the text are skipped, not applied")
    func outOfRange() {
        let outcome = FixApplier.apply([fix(3, 1, 1, "x"), fix(1, 9, 1, "x"), fix(1, 3, 1, "好")], to: ["很坏的"])
        #expect(outcome.lines == ["很坏好"])
        #expect(outcome.skipped.count == 2)
    }

    @Test("re-reading a fixed text finds none of the fixed problems")
    func relint() throws {
        let document = try Fixtures.document("clean-report.txt")
        var configuration = LintConfiguration()
        configuration.addOption("words", .list(["教师"]), for: "test.keyword")
        let engine = LintEngine(rules: [KeywordRule()])
        let before = engine.lint(document.report, configuration: configuration)
        #expect(before.count == 3)
        let fixed = FixApplier.apply(before.compactMap(\.fix), to: document.lines)
        #expect(fixed.applied.count == 3)
        let reread = ReportReader.read(text: fixed.lines.joined(separator: "\n"), path: "clean-report.txt", format: .text)
        #expect(engine.lint(reread.report, configuration: configuration).isEmpty)
        #expect(reread.lines.filter { $0.contains("检验") }.count == 3)
    }

    @Test("source text keeps its line ending, final line break and encoding", arguments: [
        TextDecoding.Encoding.utf8, .utf8WithBOM, .utf16LE, .utf16BE, .utf16LEWithoutBOM, .utf16BEWithoutBOM, .gb18030,
    ])
    func roundTrip(encoding: TextDecoding.Encoding) throws {
        let text = "一、自查情况\r\n　　教育经费增长4.2%。\r\n"
        let data = try TextEncoding.encode(text, as: encoding)
        let source = try SourceText(data: data, path: "a.txt")
        #expect(source.encoding == encoding)
        #expect(source.lines == ["一、自查情况", "　　教育经费增长4.2%。"])
        #expect(source.lineEnding == "\r\n")
        #expect(source.endsWithLineBreak)
        #expect(try source.data() == data)
    }

    @Test("source text without a final line break stays without")
    func noFinalBreak() {
        let source = SourceText(text: "甲\n乙")
        #expect(source.text == "甲\n乙")
        #expect(!source.endsWithLineBreak)
    }

    @Test("a fix lands on the line the reader numbered, even after a form feed or U+2028")
    func fixesFollowTheReadersLines() throws {
        // Text pasted from a PDF or a Word page break carries form feeds; the reader does not break
        // lines on them, so neither may the text `--fix` edits.
        let text = "一、自查情况\n\u{0C}第二页\u{2028}续文,\n二、存在问题\n"
        let document = ReportReader.read(text: text, path: "a.txt", format: .text)
        var source = SourceText(text: text)
        #expect(source.lines == document.lines)
        let comma = try #require(document.lines[1].firstIndex(of: ","))
        let column = document.lines[1].distance(from: document.lines[1].startIndex, to: comma) + 1
        let fix = Fix(range: SourceRange(line: 2, column: column, length: 1), replacement: "，")
        source.lines = FixApplier.apply([fix], to: source.lines).lines
        #expect(source.text == "一、自查情况\n\u{0C}第二页\u{2028}续文，\n二、存在问题\n")
    }

    @Test("unified diff: headers, separate hunks with three lines of context")
    func unifiedDiff() {
        let old = (1...20).map { "第\($0)行" }
        var new = old
        new[1] = "第2行（改）"
        new[17] = "第18行（改）"
        let diff = UnifiedDiff.make(old: old, new: new, path: "draft.txt")
        let expected = """
            --- a/draft.txt
            +++ b/draft.txt
            @@ -1,5 +1,5 @@
             第1行
            -第2行
            +第2行（改）
             第3行
             第4行
             第5行
            @@ -15,6 +15,6 @@
             第15行
             第16行
             第17行
            -第18行
            +第18行（改）
             第19行
             第20行

            """
        #expect(diff == expected)
        #expect(UnifiedDiff.make(old: old, new: old, path: "draft.txt").isEmpty)
    }

    @Test("unified diff: nearby changes share a hunk; inserted and deleted lines are counted")
    func unifiedDiffInsertDelete() {
        let old = ["甲", "乙", "丙", "丁"]
        let new = ["甲", "乙一", "乙二", "丁", "戊"]
        let diff = UnifiedDiff.make(old: old, new: new, path: "x.md")
        #expect(diff == """
            --- a/x.md
            +++ b/x.md
            @@ -1,4 +1,5 @@
             甲
            -乙
            -丙
            +乙一
            +乙二
             丁
            +戊

            """)
        #expect(UnifiedDiff.make(old: [], new: ["新"], path: "e.txt").contains("@@ -0,0 +1,1 @@\n+新\n"))
    }
}
