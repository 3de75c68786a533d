import Foundation
import ReportModel
import ReportReading
import Testing

/// Locations a Word user can follow: 第N段 counts the paragraphs with text (empty ones are not
/// counted), quotes the paragraph's first words for Ctrl+F, keeps 表1第2行第3列; JSON keeps the raw
/// index; a fix's offsets never include the list label Word displays.
@Suite struct DocxLocationTests {
    static let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、"), ("chineseCounting", "(%2)")])

    /// Title, blank, recipients, blank, then numbered headings and body text, and a table.
    static var body: String {
        MiniDocx.paragraph("青禾县人民政府关于2024年度履行教育职责情况的自查报告") + MiniDocx.paragraph("")
            + MiniDocx.paragraph("市人民政府教育督导委员会：") + MiniDocx.paragraph("")
            + MiniDocx.paragraph("履行教育职责情况", numId: 1) + MiniDocx.paragraph("")
            + MiniDocx.paragraph("加强组织领导", numId: 1, ilvl: 1)
            + MiniDocx.paragraph("全县共有中小学36所,在校学生2.8万人。")
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>说明</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>入园率</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>达到95%,超过目标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + MiniDocx.paragraph("存在的问题", numId: 1) + MiniDocx.paragraph("部分学校教师不足,需要补充。", numId: 1, ilvl: 1)
            + MiniDocx.paragraph("下一步工作打算", numId: 1) + MiniDocx.paragraph("补充教师。")
    }

    @Test func paragraphsAreCountedAsWordsUserSeesThem() throws {
        let document = try MiniDocx.read(body: Self.body, numbering: Self.numbering)
        let locator = try #require(document.paragraphLocator)
        // Line 8 is the body's 8th w:p (index 7) but the 5th paragraph with text.
        #expect(document.lines[7] == "全县共有中小学36所,在校学生2.8万人。")
        let body = locator.location(of: SourcePosition(line: 8, column: 11))
        #expect(body.paragraph == 5 && body.paragraphIndex == 7)
        #expect("\(body)" == "第5段（“全县共有中小学36所…”）")
        // The list label is not text Word's Ctrl+F finds: the quote leaves it out.
        #expect("\(locator.location(of: SourcePosition(line: 5, column: 1)))" == "第3段（“履行教育职责情况”）")
        #expect("\(locator.location(of: SourcePosition(line: 6, column: 1)))" == "第3段后的空段")
        #expect("\(locator.location(of: SourcePosition(line: 10, column: 5)))" == "表1第2行第2列")
    }

    @Test func jsonGivesTheVisibleCountTheRawIndexAndTheQuote() throws {
        let found = try DocxLintSupport.lint(MiniDocx.data(body: Self.body, numbering: Self.numbering))
        let comma = try #require(found.first { $0.rule == "punctuation.half-width" && $0.line == 8 })
        #expect(comma.paragraph == 5 && comma.paragraphIndex == 7)
        #expect(comma.location == "第5段（“全县共有中小学36所…”）")
        let cell = try #require(found.first { $0.rule == "punctuation.half-width" && $0.line == 10 })
        #expect(cell.paragraph == nil && cell.location == "表1第2行第2列")
    }

    @Test func fixOffsetsLeaveTheListLabelOut() throws {
        let found = try DocxLintSupport.lint(MiniDocx.data(body: Self.body, numbering: Self.numbering))
        // “(一)部分学校教师不足,需要补充。”: the comma is column 12 of the line, the 9th character of the text.
        let comma = try #require(found.first { $0.rule == "punctuation.half-width" && $0.line == 12 && $0.column == 12 })
        let fix = try #require(comma.fix)
        #expect(fix.column == 12 && fix.offset == 8 && fix.endOffset == 9 && fix.replacement == "，")
        // The label's half-width brackets are reported, but no fix is offered: they are not in the text.
        let label = found.filter { $0.line == 12 && $0.column <= 3 }
        #expect(!label.isEmpty, "\(found.map { ($0.rule, $0.line, $0.column) })")
        #expect(label.allSatisfy { $0.fix == nil })
    }

    @Test func humanOutputNamesTheParagraphWithItsFirstWords() throws {
        let output = try DocxLintSupport.lintHuman(MiniDocx.data(body: Self.body, numbering: Self.numbering))
        #expect(output.contains("草稿.docx:第5段（“全县共有中小学36所…”）: 警告 [punctuation.half-width]"), "\(output)")
        #expect(output.contains("草稿.docx:表1第2行第2列: 警告 [punctuation.half-width]"))
    }
}
