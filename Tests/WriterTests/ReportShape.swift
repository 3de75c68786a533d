import ReportModel

/// A report reduced to what a writer must preserve, one line per element: metadata texts, the section
/// tree (titles, roles, levels, markers by level and ordinal), blocks, tables and indicators.
/// Positions are left out, and markers are shown in their standard form, so that a draft and its
/// rendering compare equal when the rendering only normalised the numbering.
struct ReportShape: Equatable, CustomStringConvertible {
    let lines: [String]

    init(_ report: Report) {
        var lines: [String] = []
        let metadata = report.metadata
        lines.append("发文字号: \(metadata.documentNumber?.text ?? "-")")
        lines.append("标题: \(metadata.title?.text ?? "-")")
        lines.append("主送机关: \(metadata.recipients?.text ?? "-")")
        lines.append("署名: \(metadata.issuer?.text ?? "-")")
        lines.append("成文日期: \(metadata.date?.text ?? "-")")
        lines.append("区县: \(metadata.district ?? "-") 年度: \(metadata.year.map(String.init) ?? "-")")
        for block in report.preamble { lines.append(contentsOf: Self.lines(for: block, depth: 0)) }
        for section in report.sections { Self.append(section, depth: 0, to: &lines) }
        for (index, table) in report.indicatorTables.enumerated() {
            lines.append("指标表\(index): \(table.targetHeader) / \(table.actualHeader)")
            for (row, indicator) in table.indicators.enumerated() {
                let fields = [
                    indicator.category ?? "-", indicator.name, indicator.unit ?? "-",
                    indicator.target?.text ?? "-", indicator.targetText,
                    indicator.actual?.text ?? "-", indicator.actualText,
                    indicator.parent.map(String.init) ?? "-",
                ]
                lines.append("  指标\(row): " + fields.joined(separator: " | "))
            }
        }
        self.lines = lines
    }

    private static func append(_ section: Section, depth: Int, to lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        let marker = section.marker.map { "\($0.standardText)[L\($0.level)#\($0.ordinal)]" } ?? "(无编号)"
        lines.append("\(pad)节 L\(section.level) \(section.role.rawValue) \(marker) \(section.title)")
        for block in section.blocks { lines.append(contentsOf: Self.lines(for: block, depth: depth + 1)) }
        for child in section.children { append(child, depth: depth + 1, to: &lines) }
    }

    private static func lines(for block: Block, depth: Int) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        switch block {
        case .paragraph(let paragraph):
            return ["\(pad)段: \(paragraph.text)"]
        case .item(let item):
            return ["\(pad)项\(item.ordinal) \(item.raw): \(item.text)"]
        case .table(let table):
            let index = table.indicatorTableIndex.map { " 指标表\($0)" } ?? ""
            return ["\(pad)表\(index)"] + table.rows.map { row in
                "\(pad)  | " + row.map(\.text).joined(separator: " | ") + " |"
            }
        }
    }

    var description: String { lines.joined(separator: "\n") }

    /// Where two shapes first part, with the lines around it, or nil when they are equal.
    func firstDifference(from other: ReportShape) -> String? {
        guard self != other else { return nil }
        let index = zip(lines, other.lines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lines.count, other.lines.count)
        func at(_ lines: [String]) -> String {
            lines.indices.contains(index) ? lines[index] : "（没有这一行）"
        }
        let context = lines[max(0, index - 3)..<min(index, lines.count)].joined(separator: "\n")
        return """
            第\(index + 1)行起不同（前文：
            \(context)
            ）
            期望：\(at(lines))
            实际：\(at(other.lines))
            """
    }
}
