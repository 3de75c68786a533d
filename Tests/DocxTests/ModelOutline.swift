import Foundation
import ReportModel

/// A report reduced to what a round trip must keep — metadata, the section tree with markers and
/// roles, body text block by block, tables and indicators — without source positions, which differ
/// between a text draft (lines) and a Word document (paragraphs).
enum ModelOutline {
    static func of(_ report: Report) -> [String] {
        var lines: [String] = []
        let metadata = report.metadata
        lines.append("字号 \(metadata.documentNumber?.text ?? "-")")
        lines.append("标题 \(metadata.title?.text ?? "-")")
        lines.append("主送 \(metadata.recipients?.text ?? "-")")
        lines.append("署名 \(metadata.issuer?.text ?? "-")")
        lines.append("日期 \(metadata.date?.text ?? "-")")
        lines.append("区县 \(metadata.district ?? "-") 年度 \(metadata.year.map(String.init) ?? "-")")
        lines += report.preamble.map(block)
        for section in report.allSections {
            let marker = section.marker.map { "\($0.raw)[\($0.style.rawValue) \($0.level) \($0.ordinal)]" } ?? "-"
            lines.append("节 \(section.level) \(marker) \(section.title) <\(section.role.rawValue)>")
            lines += section.blocks.map(block)
        }
        for table in report.indicatorTables {
            lines.append("指标表 \(table.targetHeader) / \(table.actualHeader)")
            for indicator in table.indicators {
                lines.append("  \(indicator.category ?? "-") | \(indicator.name) | \(indicator.unit ?? "-") | "
                    + "\(indicator.targetText) \(value(indicator.target)) | \(indicator.actualText) \(value(indicator.actual))"
                    + " | \(indicator.parent.map(String.init) ?? "-")")
            }
        }
        return lines
    }

    private static func value(_ value: IndicatorValue?) -> String {
        guard let value else { return "-" }
        return "\(value.comparator.rawValue)\(value.value)"
    }

    private static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): "段 \(paragraph.text)"
        case .item(let item): "项 \(item.ordinal) \(item.text)"
        case .table(let table): "表 " + table.rows.map { $0.map(\.text).joined(separator: "|") }.joined(separator: " / ")
        }
    }
}
