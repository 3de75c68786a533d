import ReportModel

/// Recognises an outline marker at the start of a heading: 一、 （一） (一) 1. 1． 1、 （1） (1),
/// with any punctuation typed after a bracketed marker (`（一）、`) kept in the raw text.
///
/// Markers mistyped in ways drafts often show are read as the marker meant, their raw text kept as
/// written for `numbering.malformed` to report: a dash for 一 in brackets (`（-）`), a space before
/// the mark (`二 、`, `2 .`), a doubled mark (`1..`). A heading read so keeps its place in the outline
/// instead of vanishing into its section's text (and raising false gaps and missing parts).
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

    /// A marker's style and ordinal, and where it and its spaces end (in UTF-8 bytes and scalars).
    private struct Found {
        var style: MarkerStyle
        var ordinal: Int
        var rawBytes: Int
        var rawLength: Int
        var endBytes: Int
        var length: Int
    }

    /// The marker at the start of `text`, or nil.
    static func match(_ text: Substring) -> Match? {
        // Most lines start with none of a marker's first scalars: decide before reading further.
        guard let first = text.unicodeScalars.first,
              first == "（" || first == "(" || ChineseNumeral.isNumeral(first) || isDigit(first) else { return nil }
        let found = text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
        guard let found else { return nil }
        let utf8 = text.utf8
        let rawEnd = utf8.index(utf8.startIndex, offsetBy: found.rawBytes)
        return Match(
            style: found.style, ordinal: found.ordinal, raw: String(text[..<rawEnd]), length: found.length,
            rawLength: found.rawLength, end: utf8.index(utf8.startIndex, offsetBy: found.endBytes))
    }

    /// Steps over the scalars of valid UTF-8, counting them.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        var scalars = 0

        var atEnd: Bool { offset >= bytes.count }

        /// The scalar at the cursor, or nil at the end.
        var current: Unicode.Scalar? {
            guard offset < bytes.count else { return nil }
            return Unicode.Scalar(UTF8Scalars.decode(at: bytes.baseAddress.unsafelyUnwrapped + offset).value)
        }

        mutating func advance() {
            offset += UTF8Scalars.decode(at: bytes.baseAddress.unsafelyUnwrapped + offset).length
            scalars += 1
        }

    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        var cursor = Cursor(bytes: bytes)
        guard let first = cursor.current else { return nil }
        if first == "（" || first == "(" { return bracketed(&cursor, fullWidth: first == "（") }
        if ChineseNumeral.isNumeral(first) { return chineseComma(&cursor) }
        if isDigit(first) { return arabic(&cursor) }
        return nil
    }

    private static func bracketed(_ cursor: inout Cursor, fullWidth: Bool) -> Found? {
        cursor.advance()
        // The numeral and its closing bracket lie within the next four scalars: read both a
        // Chinese numeral and a number of digits from them, and see which one they were.
        var numeral = ChineseNumeral.Reader()
        var isNumeral = true
        var digits = Digits()
        var length = 0
        var isDash = false
        while length < 4, let scalar = cursor.current, scalar != "）", scalar != ")" {
            if isNumeral { isNumeral = numeral.add(scalar) }
            isDash = length == 0 && isDashForOne(scalar)
            digits.add(scalar)
            length += 1
            cursor.advance()
        }
        guard length > 0, length < 4, let close = cursor.current, close == "）" || close == ")" else { return nil }
        let style: MarkerStyle
        let ordinal: Int
        if length == 1, isDash {  // `（-）`: 一 typed as a dash
            style = fullWidth ? .chineseFullWidthParen : .chineseHalfWidthParen
            ordinal = 1
        } else if isNumeral, let value = numeral.value {
            style = fullWidth ? .chineseFullWidthParen : .chineseHalfWidthParen
            ordinal = value
        } else if length <= 2, let value = digits.value {
            style = fullWidth ? .arabicFullWidthParen : .arabicHalfWidthParen
            ordinal = value
        } else {
            return nil
        }
        cursor.advance()
        if let next = cursor.current, isTrailingPunctuation(next) { cursor.advance() }
        return finish(&cursor, style: style, ordinal: ordinal)
    }

    private static func chineseComma(_ cursor: inout Cursor) -> Found? {
        var numeral = ChineseNumeral.Reader()
        while let scalar = cursor.current, ChineseNumeral.isNumeral(scalar) {
            guard numeral.add(scalar) else { return nil }
            cursor.advance()
        }
        guard let value = numeral.value else { return nil }
        skipSpacesBefore(["、"], &cursor)
        guard cursor.current == "、" else { return nil }
        cursor.advance()
        return finish(&cursor, style: .chineseComma, ordinal: value)
    }

    private static func arabic(_ cursor: inout Cursor) -> Found? {
        var digits = Digits()
        while let scalar = cursor.current, isDigit(scalar) {
            digits.add(scalar)
            guard digits.count <= 2 else { return nil }
            cursor.advance()
        }
        guard let value = digits.value, value > 0 else { return nil }
        skipSpacesBefore([".", "．", "、"], &cursor)
        guard let mark = cursor.current else { return nil }
        let style: MarkerStyle
        switch mark {
        case ".": style = .arabicDot
        case "．": style = .arabicFullWidthDot
        case "、": style = .arabicComma
        default: return nil
        }
        cursor.advance()
        if cursor.current == mark {  // `1..`, but `1..5` is `1.` and `.5`
            var ahead = cursor
            ahead.advance()
            if !(ahead.current.map(isDigit) ?? false) { cursor = ahead }
        }
        // `1.5亿元` is a number, not a marker.
        if let next = cursor.current, isDigit(next) { return nil }
        return finish(&cursor, style: style, ordinal: value)
    }

    /// The value of ASCII digits read one by one; nil when a scalar was not a digit.
    private struct Digits {
        private var total = 0
        private var allDigits = true
        private(set) var count = 0

        mutating func add(_ scalar: Unicode.Scalar) {
            count += 1
            if isDigit(scalar), count <= 18 { total = total * 10 + Int(scalar.value - 0x30) } else { allDigits = false }
        }

        var value: Int? { allDigits && count > 0 ? total : nil }
    }

    private static func finish(_ cursor: inout Cursor, style: MarkerStyle, ordinal: Int) -> Found? {
        let rawBytes = cursor.offset
        let rawLength = cursor.scalars
        while let scalar = cursor.current, isSpace(scalar) { cursor.advance() }
        // A marker alone on a line is not a heading.
        guard !cursor.atEnd else { return nil }
        return Found(
            style: style, ordinal: ordinal, rawBytes: rawBytes, rawLength: rawLength, endBytes: cursor.offset,
            length: cursor.scalars)
    }

    /// Moves past spaces when one of `marks` follows them (`二 、`, `2 .`); else leaves the cursor.
    private static func skipSpacesBefore(_ marks: [Unicode.Scalar], _ cursor: inout Cursor) {
        guard let first = cursor.current, isSpace(first) else { return }
        var ahead = cursor
        while let scalar = ahead.current, isSpace(scalar) { ahead.advance() }
        if let mark = ahead.current, marks.contains(mark) { cursor = ahead }
    }

    /// A dash typed for the numeral 一 (`（-）`, `（—）`, `（－）`).
    private static func isDashForOne(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "－", "—", "–", "‐": true
        default: false
        }
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
