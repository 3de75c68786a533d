import ReportModel

/// One line of a text draft with its indentation measured in Characters.
struct SourceLine {
    /// The line without leading or trailing whitespace (including full-width spaces).
    var content: Substring
    @Narrow<Int32> var number: Int
    /// The 1-based column where `content` starts.
    @Narrow<Int32> var column: Int
    /// For Markdown, the number of `#` that opened a heading line (content excludes them).
    @Narrow<UInt8> var headingDepth: Int = 0

    /// Spaces that indent or trail a line: ASCII, tab, full-width, no-break, and a stray BOM.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}": true
        default: false
        }
    }

    /// Whether a line whose UTF-8 starts with `byte` may start with whitespace (`isWhitespace`):
    /// space, tab, or the lead byte of U+3000 (E3 80 80), U+00A0 (C2 A0) or U+FEFF (EF BB BF).
    @inline(__always)
    static func mayStartWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0xE3 || byte == 0xC2 || byte == 0xEF
    }

    /// Whether a line whose UTF-8 ends with `byte` may end with whitespace: space, tab, or the last
    /// byte of U+3000, U+00A0 or U+FEFF.
    @inline(__always)
    static func mayEndWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x80 || byte == 0xA0 || byte == 0xBF
    }

    /// A line already measured (see `SourceLineList`).
    init(number: Int, content: Substring, column: Int, headingDepth: Int) {
        self.content = content
        self.number = number
        self.column = column
        self.headingDepth = headingDepth
    }

    init(number: Int, text: Substring, markdown: Bool) {
        self.number = number
        var content = text
        var column = 1
        // Most lines neither start nor end with whitespace, which their first and last bytes tell
        // (see `mayStartWhitespace`): the line is then its content, without a walk or a new slice.
        let edges = text.utf8.withContiguousStorageIfAvailable { bytes in (first: bytes.first, last: bytes.last) }
        var first = edges?.first
        if edges == nil || first.map(Self.mayStartWhitespace) == true || edges?.last.map(Self.mayEndWhitespace) == true {
            // Each whitespace scalar is a Character of its own, so scalar steps count columns.
            let scalars = text.unicodeScalars
            var start = scalars.startIndex
            while start < scalars.endIndex, Self.isWhitespace(scalars[start]) {
                scalars.formIndex(after: &start)
                column += 1
            }
            var end = scalars.endIndex
            while end > start {
                let previous = scalars.index(before: end)
                guard Self.isWhitespace(scalars[previous]) else { break }
                end = previous
            }
            content = text[start..<end]
            first = content.utf8.first
        }
        if markdown, first == UInt8(ascii: "#") {
            let hashes = content.prefix { $0 == "#" }
            let rest = content[hashes.endIndex...]
            if hashes.count <= 6, rest.first == " " || rest.isEmpty {
                let trimmed = rest.drop { $0.unicodeScalars.allSatisfy(Self.isWhitespace) }
                column += content.distance(from: content.startIndex, to: trimmed.startIndex)
                content = trimmed
                headingDepth = hashes.count
            }
        }
        self.content = content
        self.column = column
    }

    var isBlank: Bool { content.isEmpty }

    /// Whether the content's first Character is `|` (what `content.first == "|"` answers): from the
    /// bytes when the byte after the bar is ASCII or an ideograph's lead byte, which nothing joins
    /// to the bar in one Character.
    var startsWithBar: Bool {
        let fromBytes = content.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.first == UInt8(ascii: "|") else { return false }
            guard bytes.count > 1 else { return true }
            return bytes[1] < 0x80 || (0xE4...0xE9).contains(bytes[1]) ? true : nil
        }
        if let fromBytes, let answer = fromBytes { return answer }
        return content.first == "|"
    }

    /// The content as a span at its source position.
    var span: TextSpan { TextSpan(text: String(content), line: number, column: column) }

    /// A span of `length` Characters of the content starting at Character `offset`.
    func span(from offset: Int, length: Int? = nil) -> TextSpan {
        let start = content.index(content.startIndex, offsetBy: offset)
        let end = length.map { content.index(start, offsetBy: $0) } ?? content.endIndex
        return TextSpan(text: String(content[start..<end]), line: number, column: column + offset)
    }
}
