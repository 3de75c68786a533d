import Foundation
import ReportModel

/// Reads a Word `.docx` draft by turning its body into the line list the text reader reads — one
/// line per paragraph, with the list label Word displays in front; a paragraph broken with soft line
/// breaks (Shift+Enter) gives one line per soft line; one tab-separated line per table row; each
/// footnote, endnote and text box after the paragraph that refers to or holds it — and running the
/// same parser on it, so that Word and text drafts give the same model. `Report.locationUnit` is
/// `.paragraph`: `SourceDocument.locations` says which paragraph (counted as Word's user sees them),
/// soft line, table cell or note each line is.
enum DocxReader {
    static func read(data: Data, path: String, notes: WordNotes = .inline) throws(ReadError) -> SourceDocument {
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
        let noteParts = try DocxNoteParts(package: package, numbering: bodyParser.numbering, styles: styles)
        return document(from: bodyParser.blocks, styles: styles, path: path, notes: noteParts,
                        omissions: bodyParser.omissions, leaveNotesOut: notes == .leftOut)
    }

    /// Lays the blocks out as lines and parses them.
    static func document(from blocks: [DocxBlock], styles: DocxStyles, path: String, notes: DocxNoteParts = DocxNoteParts(),
                         omissions: DocxOmissions = DocxOmissions(), leaveNotesOut: Bool = false) -> SourceDocument {
        var layout = DocxLineLayout(styles: styles, notes: notes, leaveNotesOut: leaveNotesOut)
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): layout.add(paragraph)
            case .table(let rows, let tableNotes): layout.add(table: rows, notes: tableNotes)
            }
        }
        let lines = SourceLines(layout.lines)
        let parser = TextReportParser(
            lines: lines, path: path, markdown: false,
            layout: .paragraphs(tableRows: layout.tableRows.mapValues(\.table), headingLevels: layout.headingLevels,
                                notes: layout.noteLines))
        return SourceDocument(report: parser.parse(), lines: lines, format: .docx, tableRows: layout.tableRows,
                              locations: layout.locations, omitted: layout.omitted(omissions))
    }
}
