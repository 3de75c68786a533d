import ReportModel

/// Recognises an outline marker at the start of a heading: 一、 （一） (一) 1. 1． 1、 （1） (1),
/// with any punctuation typed after a bracketed marker (`（一）、`) kept in the raw text.
struct MarkerScanner {
    /// A marker found at the start of some text.
    struct Match: Equatable {
        var style: MarkerStyle
        var ordinal: Int
        /// The marker as written, trailing punctuation included.
        var raw: String
        /// Characters taken by the marker and any spaces after it.
        var length: Int
    }

    private static let fullWidthOpen: Character = "（", fullWidthClose: Character = "）"
    private static let trailingPunctuation: Set<Character> = ["、", "，", ",", ".", "．", "：", ":"]
    private static let spaces: Set<Character> = [" ", "　", "\t", "\u{00A0}"]

    /// The marker at the start of `text`, or nil.
    static func match(_ text: Substring) -> Match? {
        guard let first = text.first else { return nil }
        if first == fullWidthOpen || first == "(" {
            return bracketed(text, fullWidth: first == fullWidthOpen)
        }
        if ChineseNumeral.isNumeral(first) { return chineseComma(text) }
        if first.isASCII, first.isNumber { return arabic(text) }
        return nil
    }

    private static func bracketed(_ text: Substring, fullWidth: Bool) -> Match? {
        let inner = text.dropFirst()
        var numeral = inner.prefix(4)
        let closeIndex = numeral.firstIndex { $0 == fullWidthClose || $0 == ")" }
        guard let closeIndex else { return nil }
        numeral = inner[inner.startIndex..<closeIndex]
        guard !numeral.isEmpty else { return nil }
        let style: MarkerStyle
        let ordinal: Int
        if let value = ChineseNumeral.value(of: numeral) {
            style = fullWidth ? .chineseFullWidthParen : .chineseHalfWidthParen
            ordinal = value
        } else if numeral.count <= 2, numeral.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(numeral) {
            style = fullWidth ? .arabicFullWidthParen : .arabicHalfWidthParen
            ordinal = value
        } else {
            return nil
        }
        var end = inner.index(after: closeIndex)
        if end < text.endIndex, trailingPunctuation.contains(text[end]) { end = text.index(after: end) }
        return finish(text, end: end, style: style, ordinal: ordinal)
    }

    private static func chineseComma(_ text: Substring) -> Match? {
        let numeral = text.prefix { ChineseNumeral.isNumeral($0) }
        guard numeral.count <= 3, let value = ChineseNumeral.value(of: numeral) else { return nil }
        let end = numeral.endIndex
        guard end < text.endIndex, text[end] == "、" else { return nil }
        return finish(text, end: text.index(after: end), style: .chineseComma, ordinal: value)
    }

    private static func arabic(_ text: Substring) -> Match? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count <= 2, let value = Int(digits), value > 0 else { return nil }
        let end = digits.endIndex
        guard end < text.endIndex else { return nil }
        let style: MarkerStyle
        switch text[end] {
        case ".": style = .arabicDot
        case "．": style = .arabicFullWidthDot
        case "、": style = .arabicComma
        default: return nil
        }
        let after = text.index(after: end)
        // `1.5亿元` is a number, not a marker.
        if after < text.endIndex, text[after].isASCII, text[after].isNumber { return nil }
        return finish(text, end: after, style: style, ordinal: value)
    }

    private static func finish(_ text: Substring, end: Substring.Index, style: MarkerStyle, ordinal: Int) -> Match? {
        let raw = String(text[text.startIndex..<end])
        var length = raw.count
        var index = end
        while index < text.endIndex, spaces.contains(text[index]) {
            length += 1
            index = text.index(after: index)
        }
        // A marker alone on a line is not a heading.
        guard index < text.endIndex else { return nil }
        return Match(style: style, ordinal: ordinal, raw: raw, length: length)
    }
}
