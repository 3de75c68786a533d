import Foundation
import ReportModel

/// Writes a table as a real Word table: borders from the `RKTable` style, column widths from the
/// content (a column of short cells such as 单位 keeps its width, so `万人` never wraps; long text
/// columns share what is left), the category cells of an indicator table merged down over the rows
/// of their category (`w:vMerge`), figures right-aligned, and the first row repeated on every page
/// the table runs over (`w:tblHeader`).
enum DocxTableBuilder {
    static func table(_ table: Table) -> String {
        let columns = max(table.rows.map(\.count).max() ?? 1, 1)
        let widths = columnWidths(table, columns: columns)
        let merges = table.indicatorTableIndex == nil ? [] : categoryMerges(table)
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(StyleID.table)\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\""
        xml += " w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (index == 0 ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for column in 0..<columns {
                let text = column < row.count ? row[column].text : ""
                var properties = "<w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/>"
                if column == 0, index < merges.count, let merge = merges[index] {
                    properties += merge ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>"
                }
                properties += "<w:vAlign w:val=\"center\"/>"
                let style = index == 0 ? StyleID.tableHeading : StyleID.tableText
                let alignment = index > 0 && isFigure(text) ? "<w:jc w:val=\"right\"/>" : ""
                xml += "<w:tc><w:tcPr>\(properties)</w:tcPr>"
                xml += WordXML.paragraph(style: style, properties: DocxStylesheet.noIndent + alignment, WordXML.runs(text)) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// For each row, whether its first cell starts a vertical merge (true), continues one (false), or
    /// neither (nil): a category written once above the empty first cells of the rows under it.
    static func categoryMerges(_ table: Table) -> [Bool?] {
        var merges = [Bool?](repeating: nil, count: table.rows.count)
        var index = 1
        while index < table.rows.count {
            let first = table.rows[index].first?.text ?? ""
            var end = index + 1
            while !first.isEmpty, end < table.rows.count, table.rows[end].first?.text.isEmpty ?? true, table.rows[end].count > 1 {
                end += 1
            }
            if end > index + 1 {
                merges[index] = true
                for continued in index + 1..<end { merges[continued] = false }
            }
            index = end
        }
        return merges
    }

    /// A figure as these tables write it: `2.1`, `>98.5`, `≥90`, `89.68%`, `100：12.8`.
    static func isFigure(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.unicodeScalars.first(where: { !">≥<≤＞＜=".unicodeScalars.contains($0) }),
              ("0"..."9").contains(first) else { return false }
        return trimmed.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ".,%：:>≥<≤＞＜=-—～~".unicodeScalars.contains($0) }
    }

    /// Column widths in twips that add up to the text width. Each column wants its longest line of
    /// body text plus the cell margins; a header of up to four characters (完成情况) stays on one
    /// line, a longer one may wrap onto two (2025年 / 目标). Columns whose cells are all
    /// short (up to four characters: units, figures) get what they want; the others share the rest in
    /// proportion to what they want.
    static func columnWidths(_ table: Table, columns: Int) -> [Int] {
        let character = Double(GBT9704Layout.tableSize * 10)  // twips per character of 四号
        let margins = 216.0 + 40
        var wanted = [Double](repeating: 2, count: columns)
        var short = [Bool](repeating: true, count: columns)
        for (rowIndex, row) in table.rows.enumerated() {
            for (column, cell) in row.enumerated() where column < columns {
                let longest = cell.text.split(whereSeparator: \.isNewline).map { WordXML.width($0) }.max() ?? 0
                if rowIndex == 0 {
                    wanted[column] = max(wanted[column], longest <= 4 ? longest : (longest / 2).rounded(.up))
                } else {
                    wanted[column] = max(wanted[column], longest)
                    if longest > 4 { short[column] = false }
                }
            }
        }
        let total = Double(GBT9704Layout.textWidth)
        let fixed = zip(wanted, short).filter { $0.1 }.reduce(0.0) { $0 + $1.0 * character + margins }
        let flexibleWanted = zip(wanted, short).filter { !$0.1 }.reduce(0.0) { $0 + $1.0 * character + margins }
        var widths: [Double]
        if flexibleWanted == 0 || fixed >= total * 0.8 {
            let sum = wanted.reduce(0.0) { $0 + $1 * character + margins }
            widths = wanted.map { ($0 * character + margins) * total / sum }
        } else {
            let share = (total - fixed) / flexibleWanted
            widths = zip(wanted, short).map { $0.1 ? $0.0 * character + margins : ($0.0 * character + margins) * share }
        }
        var result = widths.map { Int($0.rounded(.down)) }
        result[result.count - 1] += Int(total) - result.reduce(0, +)
        return result
    }
}
