#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a draft (text lines, or a Word document's paragraphs), held as one text and the
/// bounds of each line in its UTF-8 bytes.
///
/// A `String` per line cost a heap allocation and its header for every line of a long draft
/// (about 50 bytes a line beside the text), and splitting was most of the time of reading a long
/// table. Here the lines share the text they were read from: a line is made as a `String` only when
/// someone asks for it (to quote it under a finding, or to fix it), and the reader walks `slice(_:)`,
/// which copies nothing.
public struct SourceLines: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// Every line with the breaks between them (as read, or `\n` where the lines were joined).
    private let text: String
    /// Where each line is in `text`: UTF-8 offsets, the end before the line break.
    private let bounds: LineBounds

    private init(text: String, bounds: LineBounds) {
        self.text = text
        self.bounds = bounds
    }

    /// `lines` as they are: each line stays one line even if it holds a line break.
    public init(_ lines: some Sequence<some StringProtocol>) {
        var text = ""
        var bounds = LineBounds()
        for line in lines {
            if bounds.count > 0 { text.append("\n") }
            let start = text.utf8.count
            text.append(contentsOf: line)
            bounds.append(start: start, end: text.utf8.count)
        }
        self.init(text: text, bounds: bounds)
    }

    public init(arrayLiteral lines: String...) {
        self.init(lines)
    }

    /// Splits `text` into lines on LF, CRLF or CR, scanning bytes (a Character walk would run
    /// grapheme breaking over the whole draft). A text that ends with a line break has no empty
    /// last line; an empty text has no lines.
    public static func split(_ text: String) -> SourceLines {
        var text = text
        text.makeContiguousUTF8()
        let bounds: LineBounds = text.withUTF8 { bytes in
            var bounds = LineBounds()
            guard let base = bytes.baseAddress else { return bounds }
            // Most drafts use LF only: then memchr (vectorised) finds every break, and counting
            // them first lets the bounds be made at their exact size rather than grown by doubling.
            let onlyLineFeeds = memchr(base, 0x0D, bytes.count) == nil
            if onlyLineFeeds {
                var lineFeeds = 0
                var cursor = base
                let end = base + bytes.count
                while cursor < end, let hit = memchr(cursor, 0x0A, end - cursor) {
                    lineFeeds += 1
                    cursor = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
                }
                bounds.reserveCapacity(lineFeeds + 1)
            }
            var start = 0
            var index = 0
            while index < bytes.count {
                if onlyLineFeeds {
                    guard let hit = memchr(base + index, 0x0A, bytes.count - index) else { break }
                    index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    bounds.append(start: start, end: index)
                    if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < bytes.count { bounds.append(start: start, end: bytes.count) }
            return bounds
        }
        return SourceLines(text: text, bounds: bounds)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int { bounds.count }

    /// The line at `position` (0-based) as a `String` of its own.
    public subscript(position: Int) -> String { String(slice(position)) }

    /// The line at `position` (0-based) as a slice of the shared text: no copy.
    /// A line break is always a scalar boundary, so the slice needs no validation.
    public func slice(_ position: Int) -> Substring {
        let line = bounds[position]
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: line.start)
        let end = utf8.index(start, offsetBy: line.end - line.start)
        return Substring(text.unicodeScalars[start..<end])
    }

    /// The shared text from `start` to `end`, indices of an earlier slice of it: the string knows
    /// them to fall between scalars, so this slice checks nothing (`slice(_:)`, at byte offsets,
    /// checks both ends).
    func slice(from start: String.Index, to end: String.Index) -> Substring {
        Substring(text.unicodeScalars[start..<end])
    }

    /// Every line as a `String` of its own (for APIs that edit lines).
    public var strings: [String] { map { $0 } }

    public static func == (left: SourceLines, right: SourceLines) -> Bool {
        left.count == right.count && left.indices.allSatisfy { left.slice($0) == right.slice($0) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for index in indices { hasher.combine(slice(index)) }
    }
}
