import Foundation
import ReportModel
import ReportReading
import Testing

/// Hidden text is not linted; footnotes, endnotes and text boxes are, located as 脚注1, 尾注1, 文本框1;
/// comments and deleted text stay out; `render` says on stderr what it left out.
@Suite struct DocxNotesAndHiddenTextTests {
    static let textBox = """
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
        <wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>\
        <w:p><w:r><w:t>图示说明:入园率逐年提高。</w:t></w:r></w:p></w:txbxContent></wps:txbx></wp:anchor></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>图示说明:入园率逐年提高。</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r>
        """

    static var body: String {
        MiniDocx.paragraph("青禾县人民政府关于2024年度履行教育职责情况的自查报告") + MiniDocx.paragraph("市人民政府教育督导委员会：")
            + MiniDocx.paragraph("一、履行教育职责情况")
            + "<w:p><w:r><w:t>全县共有中小学36所。</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的备注,xx待填。</w:t></w:r>"
            + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"7\"/></w:r>"
            + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>在校学生2.8万人。</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
            + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
            + "<w:del w:id=\"3\" w:author=\"审核人\"><w:r><w:delText>删除的文字,</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"4\" w:author=\"审核人\"><w:r><w:t>比上年增加1所。</w:t></w:r></w:ins></w:p>"
            + "<w:p>\(textBox)<w:r><w:t>入园率达到95%。</w:t></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>"
            + "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>整段隐藏。</w:t></w:r></w:p>"
            + MiniDocx.paragraph("二、存在的问题") + MiniDocx.paragraph("部分学校教师不足。")
            + MiniDocx.paragraph("三、下一步工作打算") + MiniDocx.paragraph("补充教师。")
            + MiniDocx.paragraph("青禾县人民政府") + MiniDocx.paragraph("2025年1月15日")
    }

    static let footnotes = "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 数据来源:县教育局统计年报。</w:t></w:r></w:p></w:footnote>"
    static let endnotes = "<w:endnote w:id=\"2\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>按常住人口计算,下同。</w:t></w:r></w:p></w:endnote>"

    static func data() throws -> Data {
        try MiniDocx.data(body: body, footnotes: footnotes, endnotes: endnotes)
    }

    @Test func notesFollowTheirParagraphAndHiddenTextIsLeftOut() throws {
        let document = try MiniDocx.read(body: Self.body, footnotes: Self.footnotes, endnotes: Self.endnotes)
        #expect(Array(document.lines[3...6]) == [
            "全县共有中小学36所。在校学生2.8万人。比上年增加1所。", " 数据来源:县教育局统计年报。",
            "入园率达到95%。", "图示说明:入园率逐年提高。",
        ])
        #expect(document.lines[7] == "按常住人口计算,下同。")
        #expect(document.lines[8] == "二、存在的问题")
        #expect(!document.lines.joined().contains("隐藏") && !document.lines.joined().contains("删除"))
        // Notes are body text of their section, never headings nor the signature.
        #expect(document.report.sections.map(\.title) == ["履行教育职责情况", "存在的问题", "下一步工作打算"])
        #expect(document.report.sections[0].blocks.count == 5)
        #expect(document.report.metadata.issuer?.text == "青禾县人民政府")
        let locator = try #require(document.paragraphLocator)
        #expect("\(locator.location(of: SourcePosition(line: 5, column: 6)))" == "脚注1（“数据来源:县教育局统…”）")
        #expect("\(locator.location(of: SourcePosition(line: 7, column: 1)))" == "文本框1（“图示说明:入园率逐年…”）")
        #expect("\(locator.location(of: SourcePosition(line: 8, column: 1)))" == "尾注1（“按常住人口计算,下同…”）")
        // The paragraph after the notes is counted as Word's user counts it.
        #expect(locator.location(of: SourcePosition(line: 9, column: 1)).paragraph == 6)
    }

    @Test func lintChecksNotesButNotHiddenText() throws {
        let found = try DocxLintSupport.lint(Self.data())
        let notes = found.filter { $0.rule == "punctuation.half-width" }.compactMap(\.note)
        #expect(Set(notes) == ["脚注1", "文本框1", "尾注1"], "\(found.map { ($0.rule, $0.location ?? "") })")
        #expect(!found.contains { $0.rule.hasPrefix("placeholder") }, "the hidden xx is not linted")
        #expect(!found.contains { $0.message.contains("删除的文字") })
    }

    @Test func renderSaysWhatItLeftOut() throws {
        let result = try DocxLintSupport.render(Self.data(), to: "markdown")
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 条脚注未输出"), "\(result.stderr)")
        #expect(result.stderr.contains("1 条尾注未输出") && result.stderr.contains("1 个文本框未输出"))
        #expect(result.stderr.contains("1 条批注未读入") && result.stderr.contains("2 处隐藏文字未读入"))
        #expect(result.stderr.contains("修订已按“接受全部修订”读取（1 处删除的文字未读入）"))
        #expect(result.output.contains("比上年增加1所。") && !result.output.contains("数据来源"))
        #expect(!result.output.contains("图示说明") && !result.output.contains("隐藏"))
    }

    @Test func renderOfAPlainDocumentSaysNothing() throws {
        let body = MiniDocx.paragraph("一、基本情况") + MiniDocx.paragraph("全县共有中小学36所。")
        let result = try DocxLintSupport.render(MiniDocx.data(body: body), to: "text")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }
}
