import Foundation

/// Puts a comment on a Character range of one paragraph's text (`<w:p>…</w:p>` as written), splitting
/// the plain runs (`w:rPr` + one `w:t`) the range starts and ends in; every other byte of the
/// paragraph is kept. Returns nil when the range falls in a run of another shape (fields, tabs,
/// breaks), so that the caller can anchor on the whole paragraph instead.
public enum ParagraphAnnotator {
    struct PlainRun {
        let bytes: Range<String.Index>
        let run: TextRun
    }

    static func plainRuns(in paragraph: String) -> [PlainRun]? {
        var runs: [PlainRun] = []
        var cursor = paragraph.startIndex
        let pattern = /<w:r(?:\s[^>]*)?>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?:\s[^>]*)?>([^<]*)<\/w:t><\/w:r>/
        while let match = paragraph[cursor...].firstMatch(of: pattern) {
            let text = unescaped(String(match.output.2))
            runs.append(PlainRun(bytes: match.range, run: TextRun(properties: String(match.output.1 ?? ""), text: text)))
            cursor = match.range.upperBound
        }
        return runs
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The paragraph with comment `id` on `range` (Characters of the paragraph's plain-run text).
    public static func annotate(_ paragraph: String, range: Range<Int>, commentID id: Int) -> String? {
        guard let runs = plainRuns(in: paragraph), !runs.isEmpty else { return nil }
        var result = ""
        var copiedUpTo = paragraph.startIndex
        var offset = 0
        var started = false, ended = false
        let reference = "<w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
        for plain in runs {
            let length = plain.run.text.count
            let local = (range.lowerBound - offset)..<(range.upperBound - offset)
            let overlaps = local.lowerBound < length && local.upperBound > 0
            let isStart = !started && overlaps
            let isEnd = !ended && overlaps && local.upperBound <= length
            if isStart || isEnd {
                result += paragraph[copiedUpTo..<plain.bytes.lowerBound]
                let pieces = plain.run.split(at: max(local.lowerBound, 0)..<min(local.upperBound, length))
                if let before = pieces.before { result += before.xml() }
                if isStart { result += "<w:commentRangeStart w:id=\"\(id)\"/>"; started = true }
                if let inside = pieces.inside { result += inside.xml() }
                if isEnd { result += "<w:commentRangeEnd w:id=\"\(id)\"/>" + reference; ended = true }
                if let after = pieces.after { result += after.xml() }
                copiedUpTo = plain.bytes.upperBound
            }
            offset += length
        }
        guard started, ended else { return nil }
        return result + paragraph[copiedUpTo...]
    }
}
