import Foundation
import ReportModel

/// Reads a Word `.docx` draft by turning its body into the line list the text reader reads — one
/// line per paragraph, with the list label Word displays in front, and one tab-separated line per
/// table row — and running the same parser on it, so that Word and text drafts give the same model.
/// Lines are paragraphs: `Report.locationUnit` is `.paragraph`, and line N is the body's N-th
/// paragraph or table row (第N段).
enum DocxReader {
    static func read(data: Data, path: String) throws(ReadError) -> SourceDocument {
        let package = try DocxPackage(data: data, path: path)
        let styles = try package.tree("word/styles.xml").map(DocxStyles.init) ?? DocxStyles()
        let numbering = try package.tree("word/numbering.xml").map {
            DocxNumbering($0, listStyles: styles.listStyleNumbering)
        } ?? DocxNumbering()
        guard let body = try package.part("word/document.xml") else {
            throw ReadError(.malformed, path: path, detail: "不是 Word 文档：压缩包里没有 word/document.xml")
        }
        let bodyParser = DocxBodyParser(numbering: numbering, styles: styles)
        do {
            try XMLPartParser.parse(body, into: bodyParser) { bodyParser.isComplete }
        } catch {
            throw DocxPackage.malformed("word/document.xml", error, path: path)
        }
        return document(from: bodyParser.blocks, styles: styles, path: path)
    }

    /// Lays the blocks out as lines and parses them.
    static func document(from blocks: [DocxBlock], styles: DocxStyles, path: String) -> SourceDocument {
        var lines: [String] = []
        var tableRows: [Int: TableRowLocation] = [:]
        var headingLevels: [Int: Int] = [:]
        var tableCount = 0
        var sawText = false
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                lines.append(paragraph.text)
                // A paragraph's own outline level wins over its style's (9 is body text).
                let level = paragraph.outlineLevel.map { (0...8).contains($0) ? $0 + 1 : nil }
                    ?? styles.headingLevel(of: paragraph.styleID)
                // A title styled as a heading is the title, not the first part.
                if let level, sawText { headingLevels[lines.count] = level }
                if !paragraph.text.allSatisfy(\.isWhitespace) { sawText = true }
            case .table(let rows):
                tableCount += 1
                for (index, row) in rows.enumerated() {
                    lines.append(row.joined(separator: "\t"))
                    tableRows[lines.count] = TableRowLocation(table: tableCount, row: index + 1)
                }
                sawText = true
            }
        }
        let parser = TextReportParser(
            lines: lines, path: path, markdown: false,
            layout: .paragraphs(tableRows: tableRows.mapValues(\.table), headingLevels: headingLevels))
        return SourceDocument(report: parser.parse(), lines: lines, format: .docx, tableRows: tableRows)
    }
}
