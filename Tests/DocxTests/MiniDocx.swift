import Foundation
import ReportReading
import ZIPFoundation

/// A minimal `.docx` built in a test from WordprocessingML snippets, for the cases python-docx does
/// not make (numbering overrides, Strict namespaces, deleted paragraph marks).
enum MiniDocx {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func data(body: String, numbering: String? = nil, styles: String? = nil, namespace: String = main,
                     prefix: String = "w", footnotes: String? = nil, endnotes: String? = nil) throws -> Data {
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        var parts = [("word/document.xml", declaration + "<\(prefix):document xmlns:\(prefix)=\"\(namespace)\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><\(prefix):body>" + body
            + "</\(prefix):body></\(prefix):document>")]
        if let numbering {
            parts.append(("word/numbering.xml", declaration + "<w:numbering xmlns:w=\"\(main)\">" + numbering + "</w:numbering>"))
        }
        if let styles {
            parts.append(("word/styles.xml", declaration + "<w:styles xmlns:w=\"\(main)\">" + styles + "</w:styles>"))
        }
        if let footnotes {
            parts.append(("word/footnotes.xml", declaration + "<w:footnotes xmlns:w=\"\(main)\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + footnotes + "</w:footnotes>"))
        }
        if let endnotes {
            parts.append(("word/endnotes.xml", declaration + "<w:endnotes xmlns:w=\"\(main)\">" + endnotes + "</w:endnotes>"))
        }
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return archive.data ?? Data()
    }

    static func read(body: String, numbering: String? = nil, styles: String? = nil, namespace: String = main,
                     prefix: String = "w", footnotes: String? = nil, endnotes: String? = nil,
                     wordNotes: WordNotes = .inline) throws -> SourceDocument {
        try ReportReader.read(data: data(body: body, numbering: numbering, styles: styles, namespace: namespace, prefix: prefix,
                                         footnotes: footnotes, endnotes: endnotes),
                              path: "mini.docx", format: .docx, wordNotes: wordNotes)
    }

    /// `<w:p>` holding `text` with each `\n` written as a soft line break (`w:br`, Shift+Enter).
    static func softBroken(_ text: String, style: String? = nil) -> String {
        let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map { "<w:t>\($0)</w:t>" }.joined(separator: "<w:br/>")
        return "<w:p><w:pPr>\(style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")</w:pPr><w:r>\(runs)</w:r></w:p>"
    }

    /// `<w:p>` with optional numbering and style, holding one run of `text`.
    static func paragraph(_ text: String, numId: Int? = nil, ilvl: Int = 0, style: String? = nil) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let numId { properties += "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>" }
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    /// An abstract list with the given levels (`numFmt`, `lvlText`) and a `w:num` using it.
    static func list(abstractID: Int = 1, numID: Int = 1, levels: [(String, String)], override: String = "") -> String {
        var xml = "<w:abstractNum w:abstractNumId=\"\(abstractID)\">"
        for (index, (format, text)) in levels.enumerated() {
            xml += "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/></w:lvl>"
        }
        return xml + "</w:abstractNum><w:num w:numId=\"\(numID)\"><w:abstractNumId w:val=\"\(abstractID)\"/>\(override)</w:num>"
    }
}
