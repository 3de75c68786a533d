/// Walks the tags of a well-formed XML text (a part the reader has already parsed under its guards)
/// without building a tree, so that ReportReview can rewrite a few elements and copy every other
/// byte as it was. Comments, processing instructions, CDATA and declarations are stepped over.
struct XMLTagScanner {
    enum Kind { case start, end, empty }

    struct Tag {
        var kind: Kind
        /// The qualified name (`w:p`).
        var name: Substring
        /// The tag's bytes, `<` to `>`.
        var range: Range<String.Index>
    }

    private let text: String
    private var cursor: String.Index
    private let end: String.Index

    init(_ text: String, in range: Range<String.Index>? = nil) {
        self.text = text
        self.cursor = range?.lowerBound ?? text.startIndex
        self.end = range?.upperBound ?? text.endIndex
    }

    /// The next element tag, or nil at the end.
    mutating func next() -> Tag? {
        let utf8 = text.utf8
        while let open = utf8[cursor..<end].firstIndex(of: UInt8(ascii: "<")) {
            let after = utf8.index(after: open)
            guard after < end else { return nil }
            switch utf8[after] {
            case UInt8(ascii: "?"): cursor = Self.index(after: "?>", in: text, from: after, end: end)
            case UInt8(ascii: "!"):
                let rest = text[after..<end]
                if rest.hasPrefix("!--") {
                    cursor = Self.index(after: "-->", in: text, from: after, end: end)
                } else if rest.hasPrefix("![CDATA[") {
                    cursor = Self.index(after: "]]>", in: text, from: after, end: end)
                } else {
                    cursor = Self.index(after: ">", in: text, from: after, end: end)
                }
            default:
                return tag(from: open)
            }
        }
        cursor = end
        return nil
    }

    /// Reads the tag opening at `open`; `>` inside a quoted attribute value does not close it.
    private mutating func tag(from open: String.Index) -> Tag? {
        let utf8 = text.utf8
        var position = utf8.index(after: open)
        let isEnd = utf8[position] == UInt8(ascii: "/")
        if isEnd { position = utf8.index(after: position) }
        let nameStart = position
        while position < end, !Self.endsName(utf8[position]) { position = utf8.index(after: position) }
        let name = text[nameStart..<position]
        var quote: UInt8?
        var previous: UInt8 = 0
        while position < end {
            let byte = utf8[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                let close = utf8.index(after: position)
                cursor = close
                let kind: Kind = isEnd ? .end : (previous == UInt8(ascii: "/") ? .empty : .start)
                return Tag(kind: kind, name: name, range: open..<close)
            }
            previous = byte
            position = utf8.index(after: position)
        }
        cursor = end
        return nil
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func index(after marker: String, in text: String, from start: String.Index, end: String.Index) -> String.Index {
        guard let found = text[start..<end].range(of: marker) else { return end }
        return found.upperBound
    }

    /// The value of attribute `name` (qualified, `w:val`) in a tag's text, entities left as written.
    static func attribute(_ name: String, in tag: Substring) -> Substring? {
        var rest = tag
        while let found = rest.range(of: name) {
            let before = found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : " "
            var position = found.upperBound
            rest = rest[found.upperBound...]
            guard before.isWhitespace else { continue }
            while position < tag.endIndex, tag[position].isWhitespace { position = tag.index(after: position) }
            guard position < tag.endIndex, tag[position] == "=" else { continue }
            position = tag.index(after: position)
            while position < tag.endIndex, tag[position].isWhitespace { position = tag.index(after: position) }
            guard position < tag.endIndex, tag[position] == "\"" || tag[position] == "'" else { continue }
            let quote = tag[position]
            let valueStart = tag.index(after: position)
            guard let close = tag[valueStart...].firstIndex(of: quote) else { return nil }
            return tag[valueStart..<close]
        }
        return nil
    }
}
