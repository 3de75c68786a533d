import ReportPluginKit
import ReportModel

/// Walks a report once, in document order, writing one line per heading and per paragraph.
///
/// Metadata lines are set apart by blank lines, as in the official layout; the body is a run of
/// indented lines; a table is a block of tab-separated rows with a blank line on either side.
struct PlainTextRenderer {
    /// Two full-width spaces: the paragraph indent of Chinese official documents.
    static let indent = "\u{3000}\u{3000}"

    let report: Report

    func render() -> String {
        var layout = TextLayout()
        let metadata = report.metadata
        if let number = metadata.documentNumber { layout.add(number.text, .metadata); layout.blank() }
        if let title = metadata.title { layout.add(title.text, .metadata); layout.blank() }
        if let recipients = metadata.recipients { layout.add(recipients.text + "：", .metadata) }
        for block in report.preamble { append(block, to: &layout) }
        for section in report.sections { append(section, to: &layout) }
        layout.blank()
        if let issuer = metadata.issuer { layout.add(issuer.text, .metadata) }
        if let date = metadata.date { layout.add(date.text, .metadata) }
        return layout.text
    }

    private func append(_ section: Section, to layout: inout TextLayout) {
        let heading = SectionHeadingText.line(for: section)
        layout.add(Self.indent + heading.text, .heading)
        for block in section.blocks.dropFirst(heading.tookFirstBlock ? 1 : 0) { append(block, to: &layout) }
        for child in section.children { append(child, to: &layout) }
    }

    private func append(_ block: Block, to layout: inout TextLayout) {
        switch block {
        case .paragraph(let paragraph): layout.add(Self.indent + paragraph.text, .paragraph)
        case .item(let item): layout.add(Self.indent + item.text, .paragraph)
        case .table(let table):
            layout.blank()
            for line in TextTable(rows: table.rows.map { $0.map(\.text) }).render() { layout.add(line, .table) }
            layout.blank()
        }
    }
}
