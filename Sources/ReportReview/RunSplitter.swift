import ReportPluginKit

/// Splits one `w:r` (its `w:rPr` and its text) at a Character range, so that a comment or a tracked
/// change covers exactly the characters a finding points at while the text around keeps the
/// run's formatting.
public struct TextRun: Sendable, Equatable {
    /// The run's properties as written in the document (`<w:rPr>…</w:rPr>`), or "" when it has none.
    public let properties: String
    public let text: String

    public init(properties: String, text: String) {
        self.properties = properties
        self.text = text
    }

    /// The text before, inside and after `range` (offsets in Characters, clamped to the run),
    /// each a run with the same properties; empty pieces are nil.
    public func split(at range: Range<Int>) -> (before: TextRun?, inside: TextRun?, after: TextRun?) {
        let characters = Array(text)
        let lower = min(max(range.lowerBound, 0), characters.count)
        let upper = min(max(range.upperBound, lower), characters.count)
        func piece(_ slice: ArraySlice<Character>) -> TextRun? {
            slice.isEmpty ? nil : TextRun(properties: properties, text: String(slice))
        }
        return (piece(characters[..<lower]), piece(characters[lower..<upper]), piece(characters[upper...]))
    }

    /// The run as WordprocessingML, its text in `w:t` (or `w:delText` inside a deletion).
    public func xml(deleted: Bool = false) -> String {
        let tag = deleted ? "w:delText" : "w:t"
        return "<w:r>\(properties)<\(tag) xml:space=\"preserve\">\(XMLEscaping.text(text))</\(tag)></w:r>"
    }
}

/// A tracked change (修订) replacing a run's text: the old text in `w:del`, the new in `w:ins`,
/// both signed by ReportKit with the same formatting.
public enum TrackedChange {
    public static func xml(replacing old: TextRun, with newText: String, ids: (deletion: Int, insertion: Int), date: String) -> String {
        let signature = "w:author=\"\(WordComment.author)\" w:date=\"\(date)\""
        let inserted = TextRun(properties: old.properties, text: newText)
        var xml = "<w:del w:id=\"\(ids.deletion)\" \(signature)>\(old.xml(deleted: true))</w:del>"
        if !newText.isEmpty {
            xml += "<w:ins w:id=\"\(ids.insertion)\" \(signature)>\(inserted.xml())</w:ins>"
        }
        return xml
    }
}
