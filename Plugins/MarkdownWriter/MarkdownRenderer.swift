import ReportPluginKit
import ReportModel

/// Walks a report once, in document order, and turns each element into a Markdown chunk; chunks are
/// separated by one blank line, which is how the Markdown reader tells paragraphs apart.
struct MarkdownRenderer {
    let report: Report

    func render() -> String {
        var chunks: [String] = []
        let metadata = report.metadata
        if let number = metadata.documentNumber { chunks.append(number.text) }
        if let title = metadata.title { chunks.append("# " + title.text) }
        if let recipients = metadata.recipients { chunks.append(recipients.text + "：") }
        chunks += report.preamble.compactMap(render)
        for section in report.sections { append(section, to: &chunks) }
        if let issuer = metadata.issuer { chunks.append(issuer.text) }
        if let date = metadata.date { chunks.append(date.text) }
        return chunks.isEmpty ? "" : chunks.joined(separator: "\n\n") + "\n"
    }

    /// Parts (level 1) and groups (level 2) are `##` and `###` headings; points (level 3 and deeper)
    /// are paragraphs starting with their marker. A heading without a marker keeps a `#` heading.
    private func append(_ section: Section, to chunks: inout [String]) {
        let heading = SectionHeadingText.line(for: section)
        let isParagraph = section.marker != nil && section.level > 2
        chunks.append(isParagraph ? heading.text : hashes(section.level) + heading.text)
        chunks += section.blocks.dropFirst(heading.tookFirstBlock ? 1 : 0).compactMap(render)
        for child in section.children { append(child, to: &chunks) }
    }

    private func hashes(_ level: Int) -> String {
        String(repeating: "#", count: min(level + 1, 6)) + " "
    }

    /// A block's chunk; nil for a table without rows, which has nothing to show.
    private func render(_ block: Block) -> String? {
        switch block {
        case .paragraph(let paragraph): paragraph.text
        case .item(let item): item.text
        case .table(let table): table.rows.isEmpty ? nil : PipeTable(rows: table.rows.map { $0.map(\.text) }).render()
        }
    }
}
