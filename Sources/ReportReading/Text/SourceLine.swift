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

    private static let whitespace: Set<Character> = [" ", "\t", "　", "\u{00A0}", "\u{FEFF}"]

    init(number: Int, text: String, markdown: Bool) {
        self.number = number
        var start = text.startIndex
        var column = 1
        while start < text.endIndex, Self.whitespace.contains(text[start]) {
            start = text.index(after: start)
            column += 1
        }
        var end = text.endIndex
        while end > start, Self.whitespace.contains(text[text.index(before: end)]) {
            end = text.index(before: end)
        }
        var content = text[start..<end]
        if markdown, content.first == "#" {
            let hashes = content.prefix { $0 == "#" }
            let rest = content[hashes.endIndex...]
            if hashes.count <= 6, rest.first == " " || rest.isEmpty {
                let trimmed = rest.drop { Self.whitespace.contains($0) }
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
