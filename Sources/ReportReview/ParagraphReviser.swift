/// Replaces a Character range of one paragraph's text with a tracked change (修订): the covered
/// pieces of the plain runs go into `w:del`, the new text follows in one `w:ins` with the formatting
/// of the first covered run; ids are taken from `nextID` on, which moves past them. Returns nil
/// when the range is not inside plain runs.
public enum ParagraphReviser {
    public static func revise(_ paragraph: String, range: Range<Int>, replacement: String, nextID: inout Int, date: String) -> String? {
        var id = nextID
        guard let runs = ParagraphAnnotator.plainRuns(in: paragraph), !runs.isEmpty, !range.isEmpty else { return nil }
        let signature = "w:author=\"\(WordComment.author)\" w:date=\"\(date)\""
        var result = ""
        var copiedUpTo = paragraph.startIndex
        var offset = 0
        var deleted: [TextRun] = []
        var finished = false
        for plain in runs where !finished {
            let length = plain.run.text.count
            let local = (range.lowerBound - offset)..<(range.upperBound - offset)
            offset += length
            guard local.lowerBound < length && local.upperBound > 0 else { continue }
            let pieces = plain.run.split(at: max(local.lowerBound, 0)..<min(local.upperBound, length))
            result += paragraph[copiedUpTo..<plain.bytes.lowerBound]
            if let before = pieces.before { result += before.xml() }
            if let inside = pieces.inside {
                deleted.append(inside)
                result += "<w:del w:id=\"\(id)\" \(signature)>\(inside.xml(deleted: true))</w:del>"
                id += 1
            }
            if local.upperBound <= length {
                let properties = deleted.first?.properties ?? plain.run.properties
                if !replacement.isEmpty {
                    result += "<w:ins w:id=\"\(id)\" \(signature)>\(TextRun(properties: properties, text: replacement).xml())</w:ins>"
                }
                finished = true
                id += 1
            }
            if let after = pieces.after { result += after.xml() }
            copiedUpTo = plain.bytes.upperBound
        }
        guard finished, !deleted.isEmpty else { return nil }
        nextID = id
        return result + paragraph[copiedUpTo...]
    }
}
