/// Whether a plain-text draft is Markdown in disguise: text copied from a Markdown editor or an AI
/// assistant into a `.txt` (or into the page's paste box) keeps its `## 一、基本情况` headings. Read as
/// plain text, none of them is a heading and the report "lacks" every part; read as Markdown, the
/// `#` marks are set aside (columns still count them) and the numbered headings are found.
enum MarkdownHeadings {
    /// True when at least two lines are a `#`…`######` heading whose text starts with a section
    /// number (一、 （一） 1.), the shape no plain-text report has by chance.
    static func dominate(_ lines: SourceLines) -> Bool {
        var found = 0
        for index in lines.indices {
            let line = lines.slice(index)
            guard let first = line.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
                  first == UInt8(ascii: "#") else { continue }
            let content = line.drop { $0 == " " || $0 == "\t" }
            let hashes = content.prefix { $0 == "#" }
            let rest = content[hashes.endIndex...]
            guard hashes.count <= 6, rest.first == " " else { continue }
            guard MarkerScanner.match(rest.drop { $0 == " " }) != nil else { continue }
            found += 1
            if found == 2 { return true }
        }
        return false
    }
}
