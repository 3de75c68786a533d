import PropertyBased
import ReportModel
import Testing
@testable import ReportReading

/// The marker scanner reads exactly what a plain scalar-view scanner reads, on lines made of the
/// pieces markers are made of and the ones that break them.
@Suite struct MarkerScannerReferenceTests {
    @Test func agreesWithTheReferenceScanner() async {
        // A line: an opening, numerals or digits, a closing mark, maybe punctuation, spaces, text —
        // each part sometimes missing or wrong, so that near-markers are tried as well as markers.
        let part = { (choices: [String], count: ClosedRange<Int>) in
            Gen.element(of: choices).map { $0 ?? "" }.array(of: count).map { $0.joined() }
        }
        let texts = zip(
            part(["", "", "（", "(", "标"], 1...1),
            part(["一", "二", "十", "零", "1", "2", "0", "9", "）", "e\u{301}", "-", "—", " "], 0...4),
            part(["", "）", ")", "、", ".", "．", "，", " 、", " .", "..", "．．"], 1...1),
            part(["", "", "、", "，", "：", ".", "5"], 1...1),
            part(["", " ", "　", "\t", "\u{00A0}"], 0...2),
            part(["", "标题", "5亿元", "👍🏽", "\u{301}工作"], 1...1)
        ).map { $0 + $1 + $2 + $3 + $4 + $5 }
        await propertyCheck(count: 2000, input: texts) { text in
            let line = Substring(text)
            let fast = MarkerScanner.match(line)
            let reference = ReferenceMarkerScanner.match(line)
            #expect(fast?.style == reference?.style, "\(text)")
            #expect(fast?.ordinal == reference?.ordinal, "\(text)")
            #expect(fast?.raw == reference?.raw, "\(text)")
            #expect(fast?.length == reference?.length, "\(text)")
            #expect(fast?.rawLength == reference?.rawLength, "\(text)")
            #expect(fast.map { line[$0.end...] } == reference?.rest, "\(text)")
        }
    }
}

/// Recognises an outline marker at the start of a heading: 一、 （一） (一) 1. 1． 1、 （1） (1),
/// with any punctuation typed after a bracketed marker (`（一）、`) kept in the raw text.
///
/// Every line of a draft passes through here, so it steps over Unicode scalars: each Character a
/// marker is made of (numerals, digits, brackets, punctuation, spaces) is a single scalar.
/// The scanner as it was before it read UTF-8 directly (Substring scalar views): the reference the
/// fast scanner must agree with.
enum ReferenceMarkerScanner {
    struct Match: Equatable {
        var style: MarkerStyle
        var ordinal: Int
        var raw: String
        var length: Int
        var rawLength: Int
        var rest: Substring
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
        if numeral.count == 1, "-－—–‐".unicodeScalars.contains(numeral.first!) {  // `（-）` for （一）
            style = fullWidth ? .chineseFullWidthParen : .chineseHalfWidthParen
            ordinal = 1
        } else if let value = chineseValue(numeral) {
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
        let end = spacesBefore(["、"], from: numeral.endIndex, in: scalars)
        guard end < scalars.endIndex, scalars[end] == "、" else { return nil }
        return finish(text, end: scalars.index(after: end), style: .chineseComma, ordinal: value)
    }

    private static func arabic(_ text: Substring) -> Match? {
        let scalars = text.unicodeScalars
        let digits = scalars.prefix(while: isDigit)
        guard digits.count <= 2, let value = Int(String(Substring(digits))), value > 0 else { return nil }
        let end = spacesBefore([".", "．", "、"], from: digits.endIndex, in: scalars)
        guard end < scalars.endIndex else { return nil }
        let style: MarkerStyle
        switch scalars[end] {
        case ".": style = .arabicDot
        case "．": style = .arabicFullWidthDot
        case "、": style = .arabicComma
        default: return nil
        }
        var after = scalars.index(after: end)
        // A doubled mark (`1..`) belongs to the marker, unless a digit follows it (`1..5`).
        if after < scalars.endIndex, scalars[after] == scalars[end] {
            let next = scalars.index(after: after)
            if next == scalars.endIndex || !isDigit(scalars[next]) { after = next }
        }
        // `1.5亿元` is a number, not a marker.
        if after < scalars.endIndex, isDigit(scalars[after]) { return nil }
        return finish(text, end: after, style: style, ordinal: value)
    }

    /// The index of the first of `marks` after spaces from `start`, or `start` when no mark follows them.
    private static func spacesBefore(_ marks: [Unicode.Scalar], from start: Scalars.Index, in scalars: Scalars) -> Scalars.Index {
        var index = start
        while index < scalars.endIndex, [" ", "　", "\t", "\u{00A0}"].contains(scalars[index]) { scalars.formIndex(after: &index) }
        return index < scalars.endIndex && marks.contains(scalars[index]) ? index : start
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
            rest: text[index...])
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
