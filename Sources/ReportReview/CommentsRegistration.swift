import Foundation

/// Registers `word/comments.xml` where Word looks for it: a relationship in
/// `word/_rels/document.xml.rels` (with an id the part does not use yet) and an Override in
/// `[Content_Types].xml`. A package that already has them is returned unchanged.
public enum CommentsRegistration {
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"

    public static func relationships(_ rels: String) -> String {
        guard !rels.contains(relationshipType), let close = rels.range(of: "</Relationships>", options: .backwards) else { return rels }
        var number = 1
        while rels.contains("Id=\"rIdRK\(number)\"") { number += 1 }
        let entry = "<Relationship Id=\"rIdRK\(number)\" Type=\"\(relationshipType)\" Target=\"comments.xml\"/>"
        return rels.replacingCharacters(in: close, with: entry + "</Relationships>")
    }

    public static func contentTypes(_ types: String) -> String {
        guard !types.contains("PartName=\"/word/comments.xml\""), let close = types.range(of: "</Types>", options: .backwards) else { return types }
        let entry = "<Override PartName=\"/word/comments.xml\" ContentType=\"\(contentType)\"/>"
        return types.replacingCharacters(in: close, with: entry + "</Types>")
    }
}
