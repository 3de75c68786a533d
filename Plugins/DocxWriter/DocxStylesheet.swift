/// The built-in `word/styles.xml`: named paragraph styles for every part of a GB/T 9704 document, so
/// that a clerk can restyle the whole document by editing a style (or by giving `--reference-docx`).
enum DocxStylesheet {
    typealias Layout = GBT9704Layout

    /// The style ids the document uses, with their XML, in the order they are defined. Apart from
    /// `Normal` and the headings (which are meant to be Word's own, matched by name in a template),
    /// every id starts with `RK`, so that none collides with a Word built-in style (`BodyText`,
    /// `Signature`, `Date`, `Footer`…) a district's template may define differently.
    static let styles: [(id: String, xml: String)] = [
        ("Normal", paragraphStyle(
            id: "Normal", name: "Normal", isDefault: true,
            paragraph: "<w:jc w:val=\"both\"/>", run: "")),
        (StyleID.body, paragraphStyle(
            id: StyleID.body, name: "公文正文", basedOn: "Normal",
            paragraph: indent)),
        (StyleID.documentNumber, paragraphStyle(
            id: StyleID.documentNumber, name: "发文字号", basedOn: "Normal", next: StyleID.title,
            paragraph: "<w:spacing w:after=\"1120\"/>\(noIndent)<w:jc w:val=\"center\"/>")),
        (StyleID.title, paragraphStyle(
            id: StyleID.title, name: "公文标题", basedOn: "Normal", next: StyleID.recipients,
            paragraph: "<w:keepNext/><w:snapToGrid w:val=\"0\"/><w:spacing w:after=\"560\" w:line=\"\(Layout.lineSpacing + 140)\" w:lineRule=\"exact\"/>"
                + noIndent + "<w:jc w:val=\"center\"/>",
            run: WordXML.fonts(Layout.titleFont) + size(Layout.titleSize))),
        (StyleID.recipients, paragraphStyle(
            id: StyleID.recipients, name: "主送机关", basedOn: "Normal", next: StyleID.body,
            paragraph: noIndent + "<w:jc w:val=\"left\"/>")),
        ("Heading1", heading(1)),
        ("Heading2", heading(2)),
        ("Heading3", heading(3)),
        ("Heading4", heading(4)),
        (StyleID.attachmentNote, paragraphStyle(
            id: StyleID.attachmentNote, name: "附件说明", basedOn: "Normal",
            paragraph: "<w:spacing w:before=\"560\"/><w:ind w:left=\"\(2 * Layout.characterPitch)\" w:leftChars=\"200\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>")),
        (StyleID.signature, paragraphStyle(
            id: StyleID.signature, name: "发文机关署名", basedOn: "Normal", next: StyleID.date,
            paragraph: "<w:keepNext/><w:spacing w:before=\"\(Layout.lineSpacing)\"/>\(noIndent)<w:jc w:val=\"right\"/>")),
        (StyleID.date, paragraphStyle(
            id: StyleID.date, name: "成文日期", basedOn: "Normal",
            paragraph: noIndent + "<w:jc w:val=\"right\"/>")),
        (StyleID.attachmentLabel, paragraphStyle(
            id: StyleID.attachmentLabel, name: "附件标识", basedOn: "Normal", next: StyleID.attachmentTitle,
            paragraph: "<w:pageBreakBefore/><w:keepNext/>\(noIndent)<w:jc w:val=\"left\"/>",
            run: WordXML.fonts("黑体"))),
        (StyleID.attachmentTitle, paragraphStyle(
            id: StyleID.attachmentTitle, name: "附件标题", basedOn: StyleID.title, next: StyleID.body,
            paragraph: "<w:spacing w:before=\"560\" w:after=\"560\"/>")),
        (StyleID.tableText, paragraphStyle(
            id: StyleID.tableText, name: "表格文字", basedOn: "Normal",
            paragraph: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>\(noIndent)<w:jc w:val=\"center\"/>",
            run: size(Layout.tableSize))),
        (StyleID.tableHeading, paragraphStyle(
            id: StyleID.tableHeading, name: "表格标题行", basedOn: StyleID.tableText,
            paragraph: "<w:keepNext/>", run: WordXML.fonts("黑体"))),
        (StyleID.pageNumber, paragraphStyle(
            id: StyleID.pageNumber, name: "公文页码", basedOn: "Normal",
            paragraph: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"\(Layout.pageNumberLine)\" w:lineRule=\"exact\"/>\(noIndent)",
            run: WordXML.fonts("宋体") + size(Layout.tableSize))),
        (StyleID.table, """
            <w:style w:type="table" w:styleId="RKTable"><w:name w:val="指标表格"/><w:tblPr><w:jc w:val="center"/>\
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
            + "<w:spacing w:val=\"\(Layout.characterCondensing)\"/><w:kern w:val=\"2\"/>" + size(Layout.bodySize)
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"\(Layout.lineSpacing)\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>" + styles.map(\.xml).joined() + "</w:styles>"
    }

    /// The first-line indent of two characters, in characters for Word and in twips for LibreOffice.
    static let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(Layout.firstLineIndent)\"/>"
    /// No first-line indent, stated explicitly so that a template's `Normal` with one does not leak in.
    static let noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"

    static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    private static func heading(_ level: Int) -> String {
        let names = ["一级标题", "二级标题", "三级标题", "四级标题"]
        return paragraphStyle(
            id: "Heading\(level)", name: "heading \(level)", aliases: names[level - 1], basedOn: "Normal", next: StyleID.body,
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
