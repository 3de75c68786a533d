import Foundation
import ReportPluginKit

/// Builds `word/comments.xml`: a new part, or an existing one with ReportKit's comments appended,
/// their ids fresh (above every `w:id` the part already uses).
public enum CommentsPart {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The first id free in `existing` (an existing comments part's XML), 0 when there is none.
    public static func firstFreeID(in existing: String?) -> Int {
        guard let existing else { return 0 }
        var highest = -1
        var rest = Substring(existing)
        while let range = rest.range(of: "w:id=\"") {
            let digits = rest[range.upperBound...].prefix(while: \.isNumber)
            if let value = Int(digits) { highest = max(highest, value) }
            rest = rest[range.upperBound...]
        }
        return highest + 1
    }

    /// The XML of a single `w:comment` signed by ReportKit at `date` (ISO 8601).
    static func element(_ comment: WordComment, date: String) -> String {
        var xml = "<w:comment w:id=\"\(comment.id)\" w:author=\"\(WordComment.author)\" w:initials=\"RK\" w:date=\"\(date)\">"
        for line in comment.lines {
            xml += "<w:p><w:r><w:t xml:space=\"preserve\">\(XMLEscaping.text(line))</w:t></w:r></w:p>"
        }
        return xml + "</w:comment>"
    }

    /// The comments part holding `comments`: appended before `</w:comments>` of `existing`, or a new part.
    public static func xml(adding comments: [WordComment], to existing: String?, date: String) -> String {
        let elements = comments.map { element($0, date: date) }.joined()
        if let existing, let close = existing.range(of: "</w:comments>", options: .backwards) {
            return existing.replacingCharacters(in: close, with: elements + "</w:comments>")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:comments xmlns:w=\"\(namespace)\">" + elements + "</w:comments>"
    }
}
