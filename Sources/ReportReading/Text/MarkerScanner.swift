import ReportModel

/// Recognises an outline marker at the start of a heading: 一、 （一） (一) 1. 1． 1、 （1） (1),
/// with any punctuation typed after a bracketed marker (`（一）、`) kept in the raw text.
///
/// Every line of a draft passes through here, so it steps over Unicode scalars: each Character a
/// marker is made of (numerals, digits, brackets, punctuation, spaces) is a single scalar.
struct MarkerScanner {
    /// A marker found at the start of some text.
    struct Match: Equatable {
        var style: MarkerStyle
        var ordinal: Int
        /// The marker as written, trailing punctuation included.
        var raw: String
        /// Characters taken by the marker and any spaces after it.
        var length: Int
        /// Characters of `raw` (each a single scalar).
        var rawLength: Int
        /// Where the text after the marker and its spaces starts.
        var end: Substring.Index
    }

    private typealias Scalars = Substring.UnicodeScalarView

    /// The marker at the start of `text`, or nil.
    static func match(_ text: Substring) -> Match? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        if first == "（" || first == "(" {
            return bracketed(text, fullWidth: first == "（")
        }
        if ChineseNumeral.isNumeral(first) { return chineseComma(text) }
        if isDigit(first) { return arabic(text) }
        return nil
    }

    private static func bracketed(_ text: Substring, fullWidth: Bool) -> Match? {
        let scalars = text.unicodeScalars
        let inner = scalars.index(after: scalars.startIndex)
        // The numeral and its closing bracket lie within the next four scalars.
        guard let close = scalars[inner...].prefix(4).firstIndex(where: { $0 == "）" || $0 == ")" }),
              close > inner else { return nil }
        let numeral = scalars[inner..<close]
        let style: MarkerStyle
        let ordinal: Int
        if let value = chineseValue(numeral) {
            style = fullWidth ? .chineseFullWidthParen : .chineseHalfWidthParen
            ordinal = value
        } else if numeral.count <= 2, numeral.allSatisfy(isDigit), let value = Int(String(Substring(numeral))) {
            style = fullWidth ? .arabicFullWidthParen : .arabicHalfWidthParen
            ordinal = value
        } else {
            return nil
        }
        var end = scalars.index(after: close)
        if end < scalars.endIndex, isTrailingPunctuation(scalars[end]) { scalars.formIndex(after: &end) }
        return finish(text, end: end, style: style, ordinal: ordinal)
    }

    private static func chineseComma(_ text: Substring) -> Match? {
        let scalars = text.unicodeScalars
        let numeral = scalars.prefix(while: ChineseNumeral.isNumeral)
        guard numeral.count <= 3, let value = chineseValue(numeral) else { return nil }
        let end = numeral.endIndex
        guard end < scalars.endIndex, scalars[end] == "、" else { return nil }
        return finish(text, end: scalars.index(after: end), style: .chineseComma, ordinal: value)
    }

    private static func arabic(_ text: Substring) -> Match? {
        let scalars = text.unicodeScalars
        let digits = scalars.prefix(while: isDigit)
        guard digits.count <= 2, let value = Int(String(Substring(digits))), value > 0 else { return nil }
        let end = digits.endIndex
        guard end < scalars.endIndex else { return nil }
        let style: MarkerStyle
        switch scalars[end] {
        case ".": style = .arabicDot
        case "．": style = .arabicFullWidthDot
        case "、": style = .arabicComma
        default: return nil
        }
        let after = scalars.index(after: end)
        // `1.5亿元` is a number, not a marker.
        if after < scalars.endIndex, isDigit(scalars[after]) { return nil }
        return finish(text, end: after, style: style, ordinal: value)
    }

    private static func finish(_ text: Substring, end: Substring.Index, style: MarkerStyle, ordinal: Int) -> Match? {
        let scalars = text.unicodeScalars
        let rawLength = scalars.distance(from: scalars.startIndex, to: end)
        var length = rawLength
        var index = end
        while index < scalars.endIndex, isSpace(scalars[index]) {
            length += 1
            scalars.formIndex(after: &index)
        }
        // A marker alone on a line is not a heading.
        guard index < scalars.endIndex else { return nil }
        return Match(
            style: style, ordinal: ordinal, raw: String(text[text.startIndex..<end]), length: length, rawLength: rawLength,
            end: index)
    }

    private static func chineseValue(_ numeral: Scalars.SubSequence) -> Int? {
        guard !numeral.isEmpty, numeral.count <= 3 else { return nil }
        return ChineseNumeral.value(ofScalars: numeral)
    }

    @inline(__always)
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    @inline(__always)
    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", "，", ",", ".", "．", "：", ":": true
        default: false
        }
    }

    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "　", "\t", "\u{00A0}": true
        default: false
        }
    }
}
