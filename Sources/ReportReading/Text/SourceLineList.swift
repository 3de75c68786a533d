/// The lines of a draft as the parser reads them (`SourceLine`: content without the whitespace
/// around it, its column, a Markdown heading's depth), kept as 24 bytes a line beside the shared
/// text rather than as 48-byte `SourceLine`s: a parse holds every line while it builds the model,
/// and a draft of short lines (a heading and a sentence each) held twice its model in them.
///
/// The whitespace is measured once, when the list is made; reading a line slices the shared text
/// again at the stored offsets.
struct SourceLineList: RandomAccessCollection {
    /// Where a line's content is in the shared text, and what `SourceLine` measured besides. The
    /// indices are those of the measured content, which the string knows to fall between scalars,
    /// so that slicing at them again needs no check (a slice at byte offsets costs a check of both
    /// ends, which was most of the time of reading a line).
    private struct Trim {
        var start: String.Index
        var end: String.Index
        var column: Int32
        var headingDepth: UInt8
    }

    let raw: SourceLines
    private let trims: [Trim]

    init(_ raw: SourceLines, markdown: Bool) {
        self.raw = raw
        trims = raw.indices.map { index in
            let line = SourceLine(number: index + 1, text: raw.slice(index), markdown: markdown)
            return Trim(
                start: line.content.startIndex, end: line.content.endIndex, column: Int32(clamping: line.column),
                headingDepth: UInt8(clamping: line.headingDepth))
        }
    }

    var startIndex: Int { 0 }

    var endIndex: Int { trims.count }

    subscript(position: Int) -> SourceLine {
        let trim = trims[position]
        return SourceLine(
            number: position + 1, content: raw.slice(from: trim.start, to: trim.end), column: Int(trim.column),
            headingDepth: Int(trim.headingDepth))
    }

    /// Whether the line at `position` is blank, without reading it.
    func isBlank(at position: Int) -> Bool { trims[position].start == trims[position].end }
}
