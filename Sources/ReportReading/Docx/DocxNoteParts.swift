import Foundation

/// The footnotes and endnotes of a Word document (`word/footnotes.xml`, `word/endnotes.xml`), each
/// note's paragraphs by its `w:id`, read with the same body parser as the document.
struct DocxNoteParts {
    var footnotes: [String: [DocxParagraph]] = [:]
    var endnotes: [String: [DocxParagraph]] = [:]

    init() {}

    init(package: DocxPackage, numbering: DocxNumbering, styles: DocxStyles) throws(ReadError) {
        footnotes = try Self.notes(in: "word/footnotes.xml", package: package, numbering: numbering, styles: styles)
        endnotes = try Self.notes(in: "word/endnotes.xml", package: package, numbering: numbering, styles: styles)
    }

    private static func notes(in name: String, package: DocxPackage, numbering: DocxNumbering, styles: DocxStyles)
        throws(ReadError) -> [String: [DocxParagraph]]
    {
        guard let data = try package.part(name) else { return [:] }
        let notesParser = DocxBodyParser(numbering: numbering, styles: styles)
        // The same guarded parse as the document's: bounded depth and text, no DTD.
        do {
            try XMLPartParser.parse(data, into: notesParser) { notesParser.isComplete }
        } catch {
            throw DocxPackage.malformed(name, error, path: package.path)
        }
        return notesParser.notes
    }
}
