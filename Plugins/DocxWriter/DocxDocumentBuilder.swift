import ReportModel

/// Builds `word/document.xml` from a report in GB/T 9704 order: 发文字号 (centred), the title
/// (centred, one paragraph per line it was written on), 主送机关 (flush left), the body with its
/// headings and tables, then the issuer and 成文日期 (right-aligned). Formatting lives in the named
/// styles; paragraphs only name their style.
struct DocxDocumentBuilder {
    typealias Layout = GBT9704Layout
    private var xml = ""

    static func build(_ report: Report) -> String {
        var builder = DocxDocumentBuilder()
        builder.xml.reserveCapacity(64 * 1024)
        builder.add(report)
        return WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>" + builder.xml
            + sectionProperties + "</w:body></w:document>"
    }

    private mutating func add(_ report: Report) {
        let metadata = report.metadata
        if let number = metadata.documentNumber {
            xml += WordXML.paragraph(style: "DocNumber", WordXML.runs(number.text))
        }
        if let title = metadata.title {
            for line in Self.titleLines(title.text) {
                xml += WordXML.paragraph(style: "ReportTitle", WordXML.runs(line))
            }
        }
        if let recipients = metadata.recipients {
            xml += WordXML.paragraph(style: "Recipients", WordXML.runs(recipients.text + "："))
        }
        add(report.preamble)
        for section in report.sections { add(section) }
        if let issuer = metadata.issuer {
            xml += WordXML.paragraph(style: "Signature", WordXML.runs(issuer.text))
        }
        if let date = metadata.date {
            xml += WordXML.paragraph(style: "Date", WordXML.runs(date.text))
        }
    }

    /// The title as one paragraph, or as two when it is too long for one line of 二号 type (as
    /// GB/T 9704 breaks titles, at a word boundary): after `关于`, `暨`, `的`, `和` or `及` nearest the
    /// middle, else in the middle.
    static func titleLines(_ text: String) -> [String] {
        let characters = Array(text)
        guard characters.count > 45 else { return [text] }
        let middle = characters.count / 2
        var split = middle
        var best = characters.count
        for index in 1..<characters.count - 1 {
            let after = characters[index - 1]
            let breaks = after == "暨" || after == "的" || after == "和" || after == "及"
                || (after == "于" && characters[index - 2] == "关")
            let distance = abs(index - middle)
            if breaks, distance < best, distance <= characters.count / 4, characters.count - index <= 45, index <= 45 {
                best = distance
                split = index
            }
        }
        return [String(characters[..<split]), String(characters[split...])]
    }

    private mutating func add(_ section: Section) {
        let level = min(max(section.level, 1), 4)
        let heading = (section.marker?.raw ?? "") + section.titleSpan.text
        var blocks = section.blocks[...]
        // A heading that ran into its first paragraph on one line (`1.加强领导。全年…`) stays run in.
        if case .paragraph(let first)? = blocks.first, first.range.start.line == section.line, section.marker != nil {
            let headingRun = level <= 2 ? "<w:rPr>\(WordXML.fonts(Layout.headingFonts[level - 1]))</w:rPr>" : ""
            xml += WordXML.paragraph(style: "BodyText", WordXML.runs(heading, properties: headingRun) + WordXML.runs(first.text))
            blocks = blocks.dropFirst()
        } else {
            xml += WordXML.paragraph(style: "Heading\(level)", WordXML.runs(heading))
        }
        add(Array(blocks))
        for child in section.children { add(child) }
    }

    private mutating func add(_ blocks: [Block]) {
        var index = 0
        while index < blocks.count {
            switch blocks[index] {
            case .paragraph(let paragraph):
                xml += WordXML.paragraph(style: "BodyText", WordXML.runs(paragraph.text))
            case .item(let item):
                // Items written inline in one paragraph (`一是…。二是…。`) go back into one paragraph.
                var text = item.text
                while index + 1 < blocks.count, case .item(let next) = blocks[index + 1],
                      next.range.start.line == item.range.start.line {
                    text += next.text
                    index += 1
                }
                xml += WordXML.paragraph(style: "BodyText", WordXML.runs(text))
            case .table(let table):
                xml += DocxTableBuilder.table(table)
            }
            index += 1
        }
    }

    /// A4 with the GB/T 9704 margins, and the footer with the page number.
    private static var sectionProperties: String {
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            + "<w:pgSz w:w=\"\(Layout.pageWidth)\" w:h=\"\(Layout.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(Layout.marginTop)\" w:right=\"\(Layout.marginRight)\" w:bottom=\"\(Layout.marginBottom)\""
            + " w:left=\"\(Layout.marginLeft)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"425\"/></w:sectPr>"
    }
}
