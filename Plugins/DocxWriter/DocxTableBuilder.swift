import ReportModel

/// Writes a table as a real Word table: borders from the `ReportTable` style, columns sharing the text
/// width by the length of their longest cell, and the first row marked as a header row
/// (`w:tblHeader`) so that Word repeats it on every page the table runs over.
enum DocxTableBuilder {
    static func table(_ table: Table) -> String {
        let columns = max(table.rows.map(\.count).max() ?? 1, 1)
        let widths = columnWidths(table, columns: columns)
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        xml += "<w:jc w:val=\"center\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\""
        xml += " w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (index == 0 ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for column in 0..<columns {
                let text = column < row.count ? row[column].text : ""
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                xml += WordXML.paragraph(style: index == 0 ? "TableHeading" : "TableText", WordXML.runs(text)) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// Column widths in twips: each column's share of the text width follows its longest cell
    /// (counted between 2 and 16 Characters, so that no column is starved or takes the page).
    static func columnWidths(_ table: Table, columns: Int) -> [Int] {
        var weights = [Int](repeating: 2, count: columns)
        for row in table.rows {
            for (column, cell) in row.enumerated() where column < columns {
                weights[column] = max(weights[column], min(cell.text.count, 16))
            }
        }
        let total = weights.reduce(0, +)
        return weights.map { GBT9704Layout.textWidth * $0 / total }
    }
}
