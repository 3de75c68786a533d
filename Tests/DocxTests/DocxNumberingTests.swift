import Foundation
import ReportModel
import ReportReading
import Testing

/// Word's automatic numbering resolved into the label it displays, and the details of body text:
/// counters, overrides, style-linked lists, namespaces, breaks, tabs and deleted paragraph marks.
@Suite struct DocxNumberingTests {
    @Test func lowerLevelsRestartWhenAHigherLevelAdvances() throws {
        let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%1.%3")])
        let body = [
            MiniDocx.paragraph("基本情况", numId: 1), MiniDocx.paragraph("学校概况", numId: 1, ilvl: 1),
            MiniDocx.paragraph("师资概况", numId: 1, ilvl: 1), MiniDocx.paragraph("细目", numId: 1, ilvl: 2),
            MiniDocx.paragraph("主要做法", numId: 1), MiniDocx.paragraph("强化保障", numId: 1, ilvl: 1),
        ].joined()
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["一、基本情况", "（一）学校概况", "（二）师资概况", "一.1细目", "二、主要做法", "（一）强化保障"])
    }

    @Test func startOverrideAndOtherFormats() throws {
        let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、")],
                                      override: "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/></w:lvlOverride>")
            + MiniDocx.list(abstractID: 2, numID: 2, levels: [("ideographDigital", "%1年")])
            + MiniDocx.list(abstractID: 3, numID: 3, levels: [("decimalFullWidth", "%1．")])
            + MiniDocx.list(abstractID: 4, numID: 4, levels: [("bullet", "●")])
        let body = MiniDocx.paragraph("存在问题", numId: 1) + MiniDocx.paragraph("下一步", numId: 1)
            + MiniDocx.paragraph("", numId: 2) + MiniDocx.paragraph("全角编号", numId: 3) + MiniDocx.paragraph("圆点", numId: 4)
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["三、存在问题", "四、下一步", "一年", "１．全角编号", "圆点"])
    }

    @Test func headingStyleCarriesTheListAndNumIdZeroSwitchesItOff() throws {
        let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、")])
        let styles = """
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            """
        let body = MiniDocx.paragraph("报告标题") + MiniDocx.paragraph("基本情况", style: "1")
            + MiniDocx.paragraph("正文。") + MiniDocx.paragraph("不编号的标题", numId: 0, style: "1")
            + MiniDocx.paragraph("问题", style: "1")
            + "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr><w:outlineLvl w:val=\"9\"/></w:pPr>"
            + "<w:r><w:t>标题样式但设为正文级别。</w:t></w:r></w:p>"
        let document = try MiniDocx.read(body: body, numbering: numbering, styles: styles)
        #expect(document.lines == ["报告标题", "一、基本情况", "正文。", "不编号的标题", "二、问题", "标题样式但设为正文级别。"])
        #expect(document.report.sections.last?.blocks.count == 1)
        #expect(document.report.sections.map(\.title) == ["基本情况", "不编号的标题", "问题"])
        #expect(document.report.sections.map { $0.marker?.raw } == ["一、", nil, "二、"])
    }

    @Test func abstractListLinkedToAListStyle() throws {
        // Word's list styles: abstract 2 only links to style `OutlineList`, whose numId 1 uses abstract 1.
        let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、")])
            + "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"OutlineList\"/></w:abstractNum>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
        let styles = """
            <w:style w:type="numbering" w:styleId="OutlineList"><w:name w:val="公文大纲"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let body = MiniDocx.paragraph("基本情况", numId: 2) + MiniDocx.paragraph("存在问题", numId: 2)
        let document = try MiniDocx.read(body: body, numbering: numbering, styles: styles)
        #expect(document.lines == ["一、基本情况", "二、存在问题"])
    }

    @Test func elementsAreMatchedByNamespaceNotPrefix() throws {
        let body = "<x:p><x:r><x:t>甲</x:t></x:r></x:p><x:p><x:r><x:t>乙</x:t></x:r></x:p>"
        let strict = try MiniDocx.read(body: body, namespace: "http://purl.oclc.org/ooxml/wordprocessingml/main", prefix: "x")
        #expect(strict.lines == ["甲", "乙"])
        let foreign = try MiniDocx.read(body: body, namespace: "urn:not-word", prefix: "x")
        #expect(foreign.lines.isEmpty)
    }

    @Test func breaksTabsAndDeletedParagraphMarks() throws {
        let body = """
            <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>\
            <w:p><w:r><w:tab/><w:t>一、</w:t><w:tab/><w:t>基本情况</w:t></w:r></w:p>\
            <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>被合并的</w:t></w:r></w:p>\
            <w:p><w:r><w:t>下一段。</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> 加粗</w:t></w:r></w:p>
            """
        let document = try MiniDocx.read(body: body)
        // A soft line break (Shift+Enter) is a line of its own, as Word shows it.
        #expect(document.lines == ["第一行", "第二行", "\t一、\t基本情况", "被合并的下一段。 加粗"])
        // A paragraph with tabs is text, not a table row.
        #expect(document.report.sections.map(\.title) == ["基本情况"])
        #expect(document.tableRows.isEmpty)
    }

    @Test func aDeletedMarkBeforeATableOrTheEndKeepsItsText() throws {
        let deletedMark = "<w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr>"
        let body = "<w:p>\(deletedMark)<w:r><w:t>表前一段。</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "<w:p>\(deletedMark)<w:r><w:t>最后一段。</w:t></w:r></w:p>"
        let document = try MiniDocx.read(body: body)
        #expect(document.lines == ["表前一段。", "甲\t乙", "最后一段。"])
        #expect(document.tableRows[2] == TableRowLocation(table: 1, row: 1))
    }
}
