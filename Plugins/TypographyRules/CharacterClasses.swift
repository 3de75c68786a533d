import ReportPluginKit

/// Character classes the typography rules test, on Unicode scalars (no Foundation, no regex).
extension Unicode.Scalar {
    /// A CJK ideograph (汉字).
    var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
        default: false
        }
    }

    /// Chinese text: a Han character or a full-width / Chinese punctuation mark.
    var isChineseText: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        case 0x3001...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: true
        default: false
        }
    }

    /// Text that a mark before it belongs to: a Han character or an opening Chinese bracket or quote
    /// (a closing ” or ） after `!` ends an English quotation, not Chinese text).
    var opensChineseText: Bool {
        isHan || self == "“" || self == "‘" || self == "《" || self == "（" || self == "【" || self == "〔"
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
    var isSpace: Bool { value == 0x20 || value == 0x09 || value == 0x3000 }
}

extension ScannedText {
    /// The ranges of scalars that belong to web addresses (`http://…`, `https://…`, `www.…`), which
    /// keep their ASCII punctuation.
    var urlRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < count {
            let scalar = scalars[index]
            if (scalar == "h" && startsURL(at: index, "http")) || (scalar == "w" && startsURL(at: index, "www.")) {
                var end = index
                while end < count, scalars[end].value > 0x20, scalars[end].value < 0x7F { end += 1 }
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
    var mayContainURL: Bool {
        containsASCII("/") || containsASCII("w")
    }
}
