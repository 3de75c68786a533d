@testable import DocxWriter
import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport

/// The GB/T 9704 page as the writer's XML states it: the document grid, titles broken between words,
/// attachments after the date, page numbers on the outer side, the signature block, indicator tables.
@Suite struct DocxLayoutTests {
    static func example() throws -> Report {
        try ReportReader.read(contentsOf: Repository.root.appendingPathComponent("Examples/青溪区/report.md")).report
    }

    static func fixture() throws -> Report {
        let text = try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)
        return ReportReader.read(text: text, path: "report.txt", format: .text).report
    }

    static func parts(_ report: Report) throws -> [String: String] {
        try PackageParts.read(DocxWriter().data(for: report))
    }

    /// The offset of `needle` in `text`, or nil.
    static func offset(of needle: String, in text: String) -> Int? {
        text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
    }

    @Test func gridHolds28CharactersALineAnd22LinesAPage() throws {
        let parts = try Self.parts(Self.fixture())
        let document = try #require(parts["word/document.xml"]), styles = try #require(parts["word/styles.xml"])
        #expect(document.contains(#"<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>"#))
        // The arithmetic Word does: the character pitch is the body size plus charSpace/4096 pt.
        let pitch = (16.0 + (-849.0) / 4096) * 20  // twips
        let width = Double(GBT9704Layout.textWidth), height = Double(GBT9704Layout.textHeight)
        #expect(28 * pitch <= width && 29 * pitch > width)
        #expect(22 * 579 <= height && 23 * 579 > height)
        // LibreOffice gives a 16-pt character two cells of a 15.8-pt grid, so the 28 characters come
        // from characters condensed by ½ pt and paragraphs that do not snap to the grid: 28 × 15.5 pt fit
        // the line and 29 do not, in Word and in LibreOffice alike.
        #expect(styles.contains(#"<w:spacing w:val="-10"/><w:kern w:val="2"/>"#))
        #expect(28 * 15.5 * 20 <= width && 29 * 15.5 * 20 > width)
        // The title and the tables do not snap to the body's grid (二号 characters would take two cells).
        for id in ["RKTitle", "RKTableText", "RKPageNumber"] {
            let start = try #require(styles.range(of: "w:styleId=\"\(id)\""))
            let end = try #require(styles.range(of: "</w:style>", range: start.upperBound..<styles.endIndex))
            #expect(styles[start.lowerBound..<end.lowerBound].contains(#"<w:snapToGrid w:val="0"/>"#), "\(id)")
        }
    }

    @Test(arguments: [
        ("重庆市荣昌区人民政府办公室关于2022年履行教育职责自查自评报告的函", ["重庆市荣昌区人民政府办公室", "关于2022年履行教育职责自查自评报告的函"]),
        ("青溪区人民政府2022年履行教育职责自查自评报告", ["青溪区人民政府2022年", "履行教育职责自查自评报告"]),
        // Two equal lines after the year beat 7 + 19 characters before 关于.
        ("青禾县人民政府关于2024年度履行教育职责情况的自查报告", ["青禾县人民政府关于2024年度", "履行教育职责情况的自查报告"]),
        ("青禾县人民政府关于2024年度履行教育职责情况暨县域义务教育优质均衡发展督导评估迎检工作推进情况的自查报告",
         ["青禾县人民政府关于2024年度履行教育", "职责情况暨县域义务教育优质均衡发展", "督导评估迎检工作推进情况的自查报告"]),
        ("主要指标完成情况", ["主要指标完成情况"]),
    ])
    func titlesBreakBetweenWords(title: String, expected: [String]) {
        let lines = TitleLines.lines(title)
        #expect(lines == expected)
        #expect(lines.joined() == title)
        for line in lines {
            #expect(line.count >= 3)
            #expect(WordXML.width(line) <= TitleLines.capacity)
        }
    }

    @Test func titleIsOneParagraphWithLineBreaks() throws {
        let document = try #require(try Self.parts(Self.example())["word/document.xml"])
        #expect(document.components(separatedBy: #"<w:pStyle w:val="RKTitle"/>"#).count == 2)
        #expect(document.contains(#"<w:t xml:space="preserve">青溪区人民政府2022年</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space="preserve">履行教育职责自查自评报告</w:t>"#))
    }

    @Test func attachmentFollowsTheDateOnANewPage() throws {
        let parts = try Self.parts(Self.example())
        let document = try #require(parts["word/document.xml"])
        let note = try #require(Self.offset(of: #"<w:pStyle w:val="RKAttachmentNote"/></w:pPr><w:r><w:t xml:space="preserve">附件：主要指标完成情况</w:t>"#, in: document))
        let signature = try #require(Self.offset(of: #"<w:pStyle w:val="RKSignature"/>"#, in: document))
        let date = try #require(Self.offset(of: #"<w:pStyle w:val="RKDate"/>"#, in: document))
        let label = try #require(Self.offset(of: #"<w:pStyle w:val="RKAttachmentLabel"/></w:pPr><w:r><w:t xml:space="preserve">附件</w:t>"#, in: document))
        let title = try #require(Self.offset(of: #"<w:pStyle w:val="RKAttachmentTitle"/></w:pPr><w:r><w:t xml:space="preserve">主要指标完成情况</w:t>"#, in: document))
        let table = try #require(Self.offset(of: "<w:tbl>", in: document))
        #expect(note < signature && signature < date && date < label && label < title && title < table)
        #expect(!document.contains("七、附件"))
        // The name after `附件：` is the title, not also a body line above the table.
        #expect(document.components(separatedBy: ">主要指标完成情况</w:t>").count == 2, "the title only (the note reads 附件：…)")
        let styles = try #require(parts["word/styles.xml"])
        let start = try #require(styles.range(of: #"w:styleId="RKAttachmentLabel""#))
        let labelStyle = String(styles[start.lowerBound...]).components(separatedBy: "</w:style>")[0]
        #expect(labelStyle.contains("<w:pageBreakBefore/>") && labelStyle.contains(#"w:eastAsia="黑体""#))
        #expect(labelStyle.contains(#"<w:jc w:val="left"/>"#))
    }

    @Test func aHeaderOfFourCharactersKeepsToOneLine() throws {
        let cells = ["分类", "指标", "单位", "2025年目标", "2022年完成", "完成情况"]
        let here = SourceRange(line: 1, column: 1, length: 0)
        let body = ["学前教育", "学前三年毛入园率", "%", "≥92", "93.4", "已完成"]
        let table = Table(rows: [cells, body].map { $0.map { Table.Cell(text: $0, range: here) } }, range: here)
        let widths = DocxTableBuilder.columnWidths(table, columns: cells.count)
        let character = GBT9704Layout.tableSize * 10
        #expect(widths[5] >= 4 * character, "完成情况: \(widths)")
        #expect(widths.reduce(0, +) == GBT9704Layout.textWidth)
    }

    @Test func pageNumbersSitOnTheOuterSide7mmBelowTheText() throws {
        let parts = try Self.parts(Self.fixture())
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>"#))
        #expect(parts["word/settings.xml"]?.contains("<w:evenAndOddHeaders/>") == true)
        #expect(parts["word/footer1.xml"]?.contains(#"<w:jc w:val="right"/>"#) == true)
        #expect(parts["word/footer2.xml"]?.contains(#"<w:jc w:val="left"/>"#) == true)
        #expect(parts["word/footer2.xml"]?.contains(" PAGE ") == true)
        #expect(parts["word/_rels/document.xml.rels"]?.contains(#"Target="footer2.xml""#) == true)
        #expect(parts["[Content_Types].xml"]?.contains("/word/footer2.xml") == true)
        // The footer's 14-pt line ends 35 mm − 7 mm − 14 pt above the page's bottom edge.
        #expect(document.contains(#"w:footer="1308""#))
        #expect(GBT9704Layout.footerDistance + GBT9704Layout.pageNumberLine + GBT9704Layout.twips(millimetres: 7) == GBT9704Layout.marginBottom)
    }

    @Test func issuerIsCentredOverTheDateFourCharactersFromTheRight() throws {
        let document = try #require(try Self.parts(Self.fixture())["word/document.xml"])
        // 青禾县人民政府 (7 characters) over 2025年1月15日 (4 + 5 half-width = 6.5): the date 4 characters in.
        #expect(document.contains(#"<w:pStyle w:val="RKDate"/><w:ind w:right="1260" w:rightChars="400""#))
        #expect(document.contains(#"<w:pStyle w:val="RKSignature"/><w:ind w:right="1181" w:rightChars="375""#))
        // An issuer longer than the date keeps two characters from the edge; the date stays centred under it.
        let long = SignatureBlock(issuer: "重庆市荣昌区人民政府办公室", date: "2023年10月30日")
        // 13 characters over 3 + 8 half-width digits = 7.
        #expect(long.issuerRight == 2 && long.dateRight == 5)
        #expect(long.issuerRight + 13.0 / 2 == long.dateRight + 7.0 / 2)
    }

    @Test func indicatorTableFitsItsContent() throws {
        let document = try #require(try Self.parts(Self.example())["word/document.xml"])
        let table = try #require(document.range(of: "<w:tbl>").map { String(document[$0.lowerBound...]) })
        // Categories written once are merged down over their rows: 学前教育 3 rows, 义务教育 4.
        #expect(table.components(separatedBy: #"<w:vMerge w:val="restart"/>"#).count - 1 == 2)
        #expect(table.components(separatedBy: "<w:vMerge/>").count - 1 == 5)
        // Figures right-aligned, text centred.
        #expect(table.contains(#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">1.62</w:t>"#))
        #expect(table.contains(#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">≥92</w:t>"#))
        #expect(!table.contains(#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">万人</w:t>"#))
        #expect(table.components(separatedBy: "<w:tblHeader/>").count == 2)
        // 单位 (the third column) is wide enough for 万人 on one line of 四号 plus the cell margins.
        let grid = table.components(separatedBy: "<w:gridCol w:w=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(grid.count == 6)
        #expect(grid[2] >= 2 * 280 + 216)
        #expect(grid.reduce(0, +) == GBT9704Layout.textWidth)
        // The indicator name, the longest text, gets the widest column.
        #expect(grid[1] == grid.max())
    }
}
