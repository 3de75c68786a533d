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
        var output = Output()
        let metadata = report.metadata
        if let number = metadata.documentNumber { output.standalone(number.text) }
        if let title = metadata.title { output.standalone(title.text) }
        if let recipients = metadata.recipients { output.line(recipients.text + "：") }
        for block in report.preamble { append(block, to: &output) }
        for section in report.sections { append(section, to: &output) }
        output.blank()
        if let issuer = metadata.issuer { output.line(issuer.text) }
        if let date = metadata.date { output.line(date.text) }
        return output.text
    }

    private func append(_ section: Section, to output: inout Output) {
        let marker = section.marker?.standardText ?? ""
        output.line(Self.indent + marker + section.title)
        for block in section.blocks { append(block, to: &output) }
        for child in section.children { append(child, to: &output) }
    }

    private func append(_ block: Block, to output: inout Output) {
        switch block {
        case .paragraph(let paragraph): output.line(Self.indent + paragraph.text)
        case .item(let item): output.line(Self.indent + item.text)
        case .table(let table):
            output.blank()
            for line in TextTable(rows: table.rows.map { $0.map(\.text) }).render() { output.line(line) }
            output.blank()
        }
    }

    /// Collects lines, never writing two blank lines in a row or a blank line first or last.
    private struct Output {
        private var lines: [String] = []

        mutating func line(_ text: String) { lines.append(text) }

        mutating func blank() {
            if let last = lines.last, !last.isEmpty { lines.append("") }
        }

        /// A metadata line with a blank line after it.
        mutating func standalone(_ text: String) {
            line(text)
            blank()
        }

        var text: String {
            var lines = lines
            while lines.last == "" { lines.removeLast() }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
    }
}
