import ReportModel

/// A compact outline of a report's structure, for golden comparisons of drafts.
enum OutlineDump {
    static func outline(_ report: Report) -> String {
        var lines: [String] = []
        let meta = report.metadata
        for field in [meta.documentNumber, meta.title, meta.recipients] {
            if let field { lines.append("\(field.range.start.line) meta \(field.text)") }
        }
        for block in report.preamble { lines.append(describe(block)) }
        for section in report.allSections {
            let indent = String(repeating: "  ", count: section.level - 1)
            lines.append("\(section.line) \(indent)\(section.marker?.raw ?? "")\(section.title) [\(section.role.rawValue)]")
            for block in section.blocks { lines.append(indent + "  " + describe(block)) }
        }
        for field in [meta.issuer, meta.date] {
            if let field { lines.append("\(field.range.start.line) meta \(field.text)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): "\(paragraph.range.start.line) ¶ \(paragraph.text)"
        case .item(let item): "\(item.range.start.line) \(item.raw) \(item.text)"
        case .table(let table):
            "\(table.range.start.line) table\n" + table.rows.map { "    | " + $0.map(\.text).joined(separator: " | ") + " |" }
                .joined(separator: "\n")
        }
    }
}
