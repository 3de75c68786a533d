import Foundation

/// The page of the document: the section properties (page size, margins, document grid, header and
/// footer references) with the header and footer parts they name. The built-in one is GB/T 9704's;
/// with `--reference-docx` it is the template's own, copied as pandoc copies it.
struct PageSetup {
    struct Part {
        var path: String
        /// The override content type; empty for parts covered by a `Default` (media).
        var contentType: String
        var data: Data
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    var sectionProperties: String
    var parts: [Part]
    var relationships: [Relationship]
    /// Extension → content type, for media that headers and footers of a template use.
    var defaultContentTypes: [(String, String)] = []
    var evenAndOddHeaders: Bool

    static let footerType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
    static let footerContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"

    /// A4, the standard margins and grid, the page number on the outer side.
    static let standard = PageSetup(
        sectionProperties: DocxDocumentBuilder.sectionProperties,
        parts: [
            Part(path: "word/footer1.xml", contentType: footerContentType, data: Data(DocxPackageParts.footer(oddPage: true).utf8)),
            Part(path: "word/footer2.xml", contentType: footerContentType, data: Data(DocxPackageParts.footer(oddPage: false).utf8)),
        ],
        relationships: [
            Relationship(id: "rIdFooterOdd", type: footerType, target: "footer1.xml"),
            Relationship(id: "rIdFooterEven", type: footerType, target: "footer2.xml"),
        ],
        evenAndOddHeaders: true)
}
