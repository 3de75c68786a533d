import DocxWriter
import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport
import ZIPFoundation

/// The writer's XML: the GB/T 9704 page, fonts and named styles, the metadata's placement, real
/// tables with a repeated header row, deterministic bytes, and styles from a reference document.
@Suite struct DocxWriterTests {
    static func report() throws -> Report {
        let text = try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)
        return ReportReader.read(text: text, path: "report.txt", format: .text).report
    }

    static func parts(_ data: Data) throws -> [String: String] { try PackageParts.read(data) }

    @Test func pageIsA4WithTheStandardMargins() throws {
        let document = try #require(try Self.parts(DocxWriter().data(for: Self.report()))["word/document.xml"])
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        // 37, 26, 35 and 28 mm at 56.7 twips a millimetre.
        #expect(document.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588""#))
    }

    @Test func stylesCarryTheStandardFontsSizesAndSpacing() throws {
        let styles = try #require(try Self.parts(DocxWriter().data(for: Self.report()))["word/styles.xml"])
        // Body: 仿宋_GB2312 三号, Latin text in Times New Roman, Chinese language, fixed 28 pt lines.
        #expect(styles.contains(#"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312""#))
        #expect(styles.contains(#"<w:sz w:val="32"/>"#))
        #expect(styles.contains(#"<w:lang w:val="en-US" w:eastAsia="zh-CN""#))
        #expect(styles.contains(#"<w:pPrDefault><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>"#))
        let style = { (id: String) -> String in
            guard let start = styles.range(of: "w:styleId=\"\(id)\""),
                  let end = styles.range(of: "</w:style>", range: start.upperBound..<styles.endIndex) else { return "" }
            return String(styles[start.lowerBound..<end.lowerBound])
        }
        #expect(style("RKBody").contains(#"<w:ind w:firstLineChars="200" w:firstLine="640"/>"#))
        #expect(style("RKBody").contains("公文正文"))
        #expect(style("RKTitle").contains(#"w:eastAsia="方正小标宋简体""#))
        #expect(style("RKTitle").contains(#"<w:sz w:val="44"/>"#))
        #expect(style("RKTitle").contains(#"<w:jc w:val="center"/>"#))
        #expect(style("Heading1").contains(#"w:eastAsia="黑体""#) && style("Heading1").contains(#"<w:outlineLvl w:val="0"/>"#))
        #expect(style("Heading2").contains(#"w:eastAsia="楷体_GB2312""#))
        #expect(style("Heading3").contains(#"w:eastAsia="仿宋_GB2312""#))
        #expect(style("Heading4").contains(#"w:eastAsia="仿宋_GB2312""#))
        #expect(style("Heading1").contains(#"<w:name w:val="heading 1"/><w:aliases w:val="一级标题"/>"#))
        #expect(style("RKDocNumber").contains(#"<w:jc w:val="center"/>"#))
        #expect(style("RKRecipients").contains(#"<w:jc w:val="left"/>"#))
        #expect(style("RKSignature").contains(#"<w:jc w:val="right"/>"#))
        #expect(style("RKDate").contains(#"<w:jc w:val="right"/>"#))
    }

    @Test func metadataIsPlacedAsTheStandardPlacesIt() throws {
        let document = try #require(try Self.parts(DocxWriter().data(for: Self.report()))["word/document.xml"])
        let order = ["RKDocNumber", "RKTitle", "RKRecipients", "Heading1", "RKSignature", "RKDate"].map { style in
            document.range(of: "<w:pStyle w:val=\"\(style)\"/>").map { document.distance(from: document.startIndex, to: $0.lowerBound) } ?? -1
        }
        #expect(order.allSatisfy { $0 >= 0 })
        #expect(order == order.sorted())
        #expect(document.contains(#"<w:pStyle w:val="RKDocNumber"/></w:pPr><w:r><w:t xml:space="preserve">青禾府文〔2025〕3号</w:t>"#))
        #expect(document.contains(#"<w:t xml:space="preserve">市人民政府教育督导委员会：</w:t>"#))
        // A level-3 heading that runs into its paragraph stays one paragraph.
        #expect(document.contains(#"<w:t xml:space="preserve">1.健全工作机制。</w:t></w:r><w:r><w:t xml:space="preserve">县政府常务会议"#))
    }

    @Test func indicatorTableIsAWordTableWithARepeatedHeaderRow() throws {
        let document = try #require(try Self.parts(DocxWriter().data(for: Self.report()))["word/document.xml"])
        #expect(document.components(separatedBy: "<w:tbl>").count == 2)
        #expect(document.contains(#"<w:tblStyle w:val="RKTable"/>"#))
        #expect(document.contains(#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#))
        #expect(document.components(separatedBy: "<w:tblHeader/>").count == 2)
        #expect(document.components(separatedBy: "<w:tr>").count == 5)
        let styles = try #require(try Self.parts(DocxWriter().data(for: Self.report()))["word/styles.xml"])
        #expect(styles.contains(#"<w:insideH w:val="single" w:sz="4""#))
    }

    @Test func outputIsDeterministic() throws {
        let report = try Self.report()
        let first = try DocxWriter().data(for: report)
        let second = try DocxWriter().data(for: report)
        #expect(first == second)
        let parts = try Self.parts(first)
        #expect(!(parts["docProps/core.xml"] ?? "").contains("dcterms:created"))
        #expect(parts["docProps/core.xml"]?.contains("<dc:title>青禾县人民政府关于2024年度履行教育职责情况的自查报告</dc:title>") == true)
        let archive = try Archive(data: first, accessMode: .read)
        #expect(archive.map(\.path).first == "[Content_Types].xml")
        let dates = Set(archive.compactMap { $0.fileAttributes[.modificationDate] as? Date })
        #expect(dates.count == 1)
    }

    @Test func referenceDocumentSuppliesTheStyles() throws {
        let reference = try DocxFixtures.url("numbered.docx")
        let file = try WriterOptions.ReferenceFile.word(name: reference.lastPathComponent, data: try Data(contentsOf: reference))
        let data = try DocxWriter().data(for: Self.report(), options: WriterOptions(referenceDocument: file))
        let parts = try Self.parts(data)
        let styles = try #require(parts["word/styles.xml"])
        // The template's own styles (python-docx's), with the ones it lacks added from the built-in set.
        #expect(styles.contains(#"w:styleId="TableGrid""#))
        #expect(styles.contains(#"w:styleId="RKTitle""#))
        #expect(styles.components(separatedBy: #"w:styleId="Heading1""#).count == 2)
        #expect(parts["word/theme/theme1.xml"] != nil)
        #expect(parts["[Content_Types].xml"]?.contains("/word/theme/theme1.xml") == true)
        // Still a document the reader reads.
        let read = try ReportReader.read(data: data, path: "out.docx", format: .docx)
        #expect(read.report.sections.count == 4)
    }

    @Test func referenceStylesAreMatchedByNameNotId() throws {
        // A template as Chinese Word writes it: Normal has the id `a`, heading 1 the id `1`.
        let template = try MiniDocx.data(body: "", styles: """
            <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>\
            <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正黑体_GBK"/></w:rPr></w:style>
            """)
        let file = try WriterOptions.ReferenceFile.word(name: "template.docx", data: template)
        let data = try DocxWriter().data(for: Self.report(), options: WriterOptions(referenceDocument: file))
        let parts = try Self.parts(data)
        let document = try #require(parts["word/document.xml"]), styles = try #require(parts["word/styles.xml"])
        #expect(document.contains(#"<w:pStyle w:val="1"/></w:pPr><w:r><w:t xml:space="preserve">一、基本情况"#))
        #expect(!document.contains(#"<w:pStyle w:val="Heading1"/>"#))
        #expect(!styles.contains(#"w:styleId="Heading1""#) && !styles.contains(#"w:styleId="Normal""#))
        // Styles the template lacks are added, based on the template's Normal.
        #expect(styles.contains(#"w:styleId="RKBody"><w:name w:val="公文正文"/><w:basedOn w:val="a"/>"#))
        #expect(styles.contains(#"w:styleId="Heading2""#))
        let read = try ReportReader.read(data: data, path: "out.docx", format: .docx)
        #expect(read.report.sections.map(\.title) == ["基本情况", "履行教育职责情况", "存在问题", "下一步工作打算"])
    }

    @Test func unreadableReferenceDocumentIsAChineseError() throws {
        #expect {
            _ = try WriterOptions.ReferenceFile.word(name: "模板.docx", data: Data("不是压缩包".utf8))
        } throws: { error in
            (error as? ReadError)?.detail.hasPrefix("不是有效的 .docx 文件") == true
        }
        let withoutStyles = try WriterOptions.ReferenceFile.word(
            name: "模板.docx", data: try MiniDocx.data(body: "<w:p><w:r><w:t>正文</w:t></w:r></w:p>"))
        #expect {
            try DocxWriter().data(for: Self.report(), options: WriterOptions(referenceDocument: withoutStyles))
        } throws: { error in
            (error as? WriterError)?.message.hasPrefix("参考文档 模板.docx 中没有可用的样式") == true
        }
    }
}
