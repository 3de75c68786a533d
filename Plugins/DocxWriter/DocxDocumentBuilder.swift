import ReportModel

/// Builds `word/document.xml` from a report in GB/T 9704 order: 发文字号 (centred), the title (centred,
/// broken between words), 主送机关 (flush left), the body with its headings and tables, the 附件说明,
/// the issuer centred over the 成文日期, then each attachment on a new page under its 附件 label.
/// Formatting lives in the named styles; paragraphs only name their style, except the indents that
/// depend on the text (the signature block) and indents a template must not change.
struct DocxDocumentBuilder {
    typealias Layout = GBT9704Layout
    private var xml = ""

    /// The document; `sectionProperties` is the template's page setup when there is one.
    static func build(_ report: Report, sectionProperties: String? = nil) -> String {
        var builder = DocxDocumentBuilder()
        builder.xml.reserveCapacity(64 * 1024)
        builder.add(report)
        return WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>" + builder.xml
            + (sectionProperties ?? Self.sectionProperties) + "</w:body></w:document>"
    }

    private mutating func add(_ report: Report) {
        let metadata = report.metadata
        if let number = metadata.documentNumber {
            xml += WordXML.paragraph(style: StyleID.documentNumber, WordXML.runs(number.text))
        }
        if let title = metadata.title {
            let lines = TitleLines.lines(title.text).map { WordXML.runs($0) }
            xml += WordXML.paragraph(style: StyleID.title, lines.joined(separator: "<w:r><w:br/></w:r>"))
        }
        if let recipients = metadata.recipients {
            xml += WordXML.paragraph(style: StyleID.recipients, properties: DocxStylesheet.noIndent, WordXML.runs(recipients.text + "："))
        }
        add(report.preamble)
        let attachments = Attachment.all(in: report)
        for section in report.sections where !Attachment.isAttachment(section) { add(section) }
        for (index, attachment) in attachments.enumerated() {
            xml += WordXML.paragraph(style: StyleID.attachmentNote, WordXML.runs(attachment.note(index: index, of: attachments.count)))
        }
        let block = SignatureBlock(issuer: metadata.issuer?.text, date: metadata.date?.text)
        if let issuer = metadata.issuer {
            xml += WordXML.paragraph(style: StyleID.signature, properties: block.issuerIndent, WordXML.runs(issuer.text))
        }
        if let date = metadata.date {
            xml += WordXML.paragraph(style: StyleID.date, properties: block.dateIndent, WordXML.runs(date.text))
        }
        for (index, attachment) in attachments.enumerated() {
            xml += WordXML.paragraph(style: StyleID.attachmentLabel, WordXML.runs(attachment.label(index: index, of: attachments.count)))
            if let title = attachment.title {
                let lines = TitleLines.lines(title).map { WordXML.runs($0) }
                xml += WordXML.paragraph(style: StyleID.attachmentTitle, lines.joined(separator: "<w:r><w:br/></w:r>"))
            }
            add(attachment.section.blocks)
            for child in attachment.section.children { add(child) }
        }
    }

    private mutating func add(_ section: Section) {
        let level = min(max(section.level, 1), 4)
        let heading = (section.marker?.raw ?? "") + section.titleSpan.text
        var blocks = section.blocks[...]
        // A heading that ran into its first paragraph on one line (`1.加强领导。全年…`) stays run in.
        if case .paragraph(let first)? = blocks.first, first.range.start.line == section.line, section.marker != nil {
            let headingRun = level <= 2 ? "<w:rPr>\(WordXML.fonts(Layout.headingFonts[level - 1]))</w:rPr>" : ""
            xml += WordXML.paragraph(style: StyleID.body, WordXML.runs(heading, properties: headingRun) + WordXML.runs(first.text))
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
                xml += WordXML.paragraph(style: StyleID.body, WordXML.runs(paragraph.text))
            case .item(let item):
                // Items written inline in one paragraph (`一是…。二是…。`) go back into one paragraph.
                var text = item.text
                while index + 1 < blocks.count, case .item(let next) = blocks[index + 1],
                      next.range.start.line == item.range.start.line {
                    text += next.text
                    index += 1
                }
                xml += WordXML.paragraph(style: StyleID.body, WordXML.runs(text))
            case .table(let table):
                xml += DocxTableBuilder.table(table)
            }
            index += 1
        }
    }

    /// A4 with the GB/T 9704 margins; the page number in the footer, on the outer side (odd and even
    /// footers); the document grid of 22 lines of 28 characters.
    static var sectionProperties: String {
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
            + "<w:pgSz w:w=\"\(Layout.pageWidth)\" w:h=\"\(Layout.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(Layout.marginTop)\" w:right=\"\(Layout.marginRight)\" w:bottom=\"\(Layout.marginBottom)\""
            + " w:left=\"\(Layout.marginLeft)\" w:header=\"851\" w:footer=\"\(Layout.footerDistance)\" w:gutter=\"0\"/>"
            + "<w:cols w:space=\"425\"/>"
            + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"\(Layout.linePitch)\" w:charSpace=\"\(Layout.characterSpace)\"/>"
            + "</w:sectPr>"
    }
}
