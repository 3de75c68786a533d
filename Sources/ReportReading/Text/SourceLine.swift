import ReportModel

/// One line of a text draft with its indentation measured in Characters.
struct SourceLine {
    var number: Int
    /// The line without leading or trailing whitespace (including full-width spaces).
    var content: Substring
    /// The 1-based column where `content` starts.
    var column: Int
    /// For Markdown, the number of `#` that opened a heading line (content excludes them).
    var headingDepth: Int = 0

    /// Spaces that indent or trail a line: ASCII, tab, full-width, no-break, and a stray BOM.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}": true
        default: false
        }
    }

    init(number: Int, text: Substring, markdown: Bool) {
        self.number = number
        // Each whitespace scalar is a Character of its own, so scalar steps count columns.
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var column = 1
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
        var content = text[start..<end]
        if markdown, content.utf8.first == UInt8(ascii: "#") {
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

    /// The content as a span at its source position.
    var span: TextSpan { TextSpan(text: String(content), line: number, column: column) }

    /// A span of `length` Characters of the content starting at Character `offset`.
    func span(from offset: Int, length: Int? = nil) -> TextSpan {
        let start = content.index(content.startIndex, offsetBy: offset)
        let end = length.map { content.index(start, offsetBy: $0) } ?? content.endIndex
        return TextSpan(text: String(content[start..<end]), line: number, column: column + offset)
    }
}
