import ReportModel
import ReportPluginKit

/// The typography rules' own character tests (the common classes are ReportModel's).
extension Unicode.Scalar {
    /// Text that a mark before it belongs to: a Han character or an opening Chinese bracket or quote
    /// (a closing ” or ） after `!` ends an English quotation, not Chinese text).
    var opensChineseText: Bool {
        isHan || self == "“" || self == "‘" || self == "《" || self == "（" || self == "【" || self == "〔"
    }
}

extension RuleText {
    /// The ranges of scalars that belong to web addresses (`http://…`, `https://…`, `www.…`), which
    /// keep their ASCII punctuation.
    var urlRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if (scalar == "h" && startsURL(at: index, "http")) || (scalar == "w" && startsURL(at: index, "www.")) {
                var end = index
                while end < count, scalars[end] > " ", scalars[end] < "\u{7F}" { end += 1 }
                ranges.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return ranges
    }

    private func startsURL(at index: Int, _ prefix: String) -> Bool {
        if index > 0, scalars[index - 1].isASCIILetter { return false }
        var offset = index
        for scalar in prefix.unicodeScalars {
            guard offset < count, scalars[offset] == scalar else { return false }
            offset += 1
        }
        if prefix == "http" {
            // http:// or https://
            if offset < count, scalars[offset] == "s" { offset += 1 }
            return offset + 2 < count && scalars[offset] == ":" && scalars[offset + 1] == "/" && scalars[offset + 2] == "/"
        }
        return true
    }

    /// Whether the scalars contain an address at all (a cheap pre-check before `urlRanges`).
    var mayContainURL: Bool { containsAny(of: Self.urlMarks) }

    private static let urlMarks = MarkSet("/w")
}
