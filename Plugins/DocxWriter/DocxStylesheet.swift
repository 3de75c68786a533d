/// The built-in `word/styles.xml`: named paragraph styles for every part of a GB/T 9704 document, so
/// that a clerk can restyle the whole document by editing a style (or by giving `--reference-docx`).
enum DocxStylesheet {
    typealias Layout = GBT9704Layout

    /// The style ids the document uses, with their XML, in the order they are defined.
    static let styles: [(id: String, xml: String)] = [
        ("Normal", paragraphStyle(
            id: "Normal", name: "Normal", isDefault: true,
            paragraph: "<w:jc w:val=\"both\"/>", run: "")),
        ("BodyText", paragraphStyle(
            id: "BodyText", name: "公文正文", basedOn: "Normal",
            paragraph: indent)),
        ("DocNumber", paragraphStyle(
            id: "DocNumber", name: "发文字号", basedOn: "Normal", next: "ReportTitle",
            paragraph: "<w:spacing w:after=\"1120\"/><w:jc w:val=\"center\"/>")),
        ("ReportTitle", paragraphStyle(
            id: "ReportTitle", name: "公文标题", basedOn: "Normal", next: "Recipients",
            paragraph: "<w:keepNext/><w:spacing w:after=\"560\" w:line=\"\(Layout.lineSpacing + 140)\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
            run: WordXML.fonts(Layout.titleFont) + size(Layout.titleSize))),
        ("Recipients", paragraphStyle(
            id: "Recipients", name: "主送机关", basedOn: "Normal", next: "BodyText",
            paragraph: "<w:jc w:val=\"left\"/>")),
        ("Heading1", heading(1)),
        ("Heading2", heading(2)),
        ("Heading3", heading(3)),
        ("Heading4", heading(4)),
        ("Signature", paragraphStyle(
            id: "Signature", name: "发文机关署名", basedOn: "Normal", next: "Date",
            paragraph: "<w:spacing w:before=\"1120\"/><w:ind w:rightChars=\"400\" w:right=\"1280\"/><w:jc w:val=\"right\"/>")),
        ("Date", paragraphStyle(
            id: "Date", name: "成文日期", basedOn: "Normal",
            paragraph: "<w:ind w:rightChars=\"400\" w:right=\"1280\"/><w:jc w:val=\"right\"/>")),
        ("TableText", paragraphStyle(
            id: "TableText", name: "表格文字", basedOn: "Normal",
            paragraph: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
            run: size(Layout.tableSize))),
        ("TableHeading", paragraphStyle(
            id: "TableHeading", name: "表格标题行", basedOn: "TableText",
            paragraph: "<w:keepNext/>", run: WordXML.fonts("黑体"))),
        ("Footer", paragraphStyle(
            id: "Footer", name: "footer", basedOn: "Normal",
            paragraph: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"right\"/>",
            run: WordXML.fonts("宋体") + size(Layout.tableSize))),
        ("ReportTable", """
            <w:style w:type="table" w:styleId="ReportTable"><w:name w:val="指标表格"/><w:tblPr><w:jc w:val="center"/>\
            <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>\
            <w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            """),
    ]

    /// The whole part.
    static var xml: String {
        let latin = Layout.latinFont
        return WordXML.declaration + "<w:styles \(WordXML.namespaces)><w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(Layout.bodyFont)\" w:cs=\"\(latin)\"/>"
            + "<w:kern w:val=\"2\"/>" + size(Layout.bodySize)
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:line=\"\(Layout.lineSpacing)\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>" + styles.map(\.xml).joined() + "</w:styles>"
    }

    /// The first-line indent of two characters, in characters for Word and in twips for LibreOffice.
    static let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(Layout.firstLineIndent)\"/>"

    static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    private static func heading(_ level: Int) -> String {
        let names = ["一级标题", "二级标题", "三级标题", "四级标题"]
        return paragraphStyle(
            id: "Heading\(level)", name: "heading \(level)", aliases: names[level - 1], basedOn: "Normal", next: "BodyText",
            paragraph: "<w:keepNext/>" + indent + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: WordXML.fonts(Layout.headingFonts[level - 1]))
    }

    private static func paragraphStyle(
        id: String, name: String, aliases: String? = nil, isDefault: Bool = false, basedOn: String? = nil,
        next: String? = nil, paragraph: String, run: String = ""
    ) -> String {
        var xml = "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\">"
        xml += "<w:name w:val=\"\(name)\"/>"
        if let aliases { xml += "<w:aliases w:val=\"\(aliases)\"/>" }
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        xml += "<w:qFormat/><w:pPr>\(paragraph)</w:pPr>"
        if !run.isEmpty { xml += "<w:rPr>\(run)</w:rPr>" }
        return xml + "</w:style>"
    }
}
