import Foundation
import ReportModel
import ReportReading
import Testing

/// A title in a heading or title style, above or below the 发文字号 line, is the title, not a section.
@Suite struct DocxTitleTests {
    static let styles = """
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="10"><w:name w:val="标题 1"/></w:style>\
        <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题"/></w:style>
        """
    static let number = "青禾府文〔2025〕3号"
    static let title = "青禾县人民政府关于2024年度履行教育职责情况的自查报告"

    static func body(front: [(String, String?)]) -> String {
        front.map { MiniDocx.paragraph($0.0, style: $0.1) }.joined()
            + MiniDocx.paragraph("市人民政府教育督导委员会：") + MiniDocx.paragraph("现将自查情况报告如下。")
            + MiniDocx.paragraph("一、基本情况", style: "1") + MiniDocx.paragraph("全县共有中小学36所。")
            + MiniDocx.paragraph("二、存在问题", style: "1") + MiniDocx.paragraph("教师不足。")
    }

    private func expectTitleRead(_ front: [(String, String?)], _ comment: Comment) throws {
        let document = try MiniDocx.read(body: Self.body(front: front), styles: Self.styles)
        let metadata = document.report.metadata
        #expect(metadata.title?.text == Self.title, comment)
        #expect(metadata.documentNumber?.text == Self.number, comment)
        #expect(metadata.recipients?.text == "市人民政府教育督导委员会", comment)
        #expect(metadata.year == 2024 && metadata.district == "青禾县", comment)
        #expect(document.report.sections.map(\.title) == ["基本情况", "存在问题"], comment)
    }

    @Test func headingStyledTitleAboveOrBelowTheDocumentNumber() throws {
        try expectTitleRead([(Self.title, "1"), (Self.number, nil)], "Heading 1 above")
        try expectTitleRead([(Self.number, nil), (Self.title, "1")], "Heading 1 below")
        try expectTitleRead([(Self.number, nil), (Self.title, "10")], "标题 1 below")
        try expectTitleRead([(Self.title, "a3"), (Self.number, nil)], "标题 (Title) above")
        try expectTitleRead([(Self.number, nil), (Self.title, "a3")], "标题 (Title) below")
    }

    @Test func aTitleOverTwoHeadingParagraphs() throws {
        let front: [(String, String?)] = [(Self.number, nil), ("青禾县人民政府关于2024年度", "1"), ("履行教育职责情况的自查报告", "1")]
        let document = try MiniDocx.read(body: Self.body(front: front), styles: Self.styles)
        #expect(document.report.metadata.title?.text == Self.title)
        #expect(document.report.sections.map(\.title) == ["基本情况", "存在问题"])
    }

    @Test func aHeadingAfterTheRecipientsIsASection() throws {
        let body = MiniDocx.paragraph(Self.title, style: "1") + MiniDocx.paragraph("市人民政府教育督导委员会：")
            + MiniDocx.paragraph("工作成效", style: "1") + MiniDocx.paragraph("全县共有中小学36所。")
        let document = try MiniDocx.read(body: body, styles: Self.styles)
        #expect(document.report.metadata.title?.text == Self.title)
        #expect(document.report.sections.map(\.title) == ["工作成效"])
    }
}
