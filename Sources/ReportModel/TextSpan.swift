/// A run of text taken from one or more consecutive source lines, with the map from
/// Character offsets in `text` back to source positions.
///
/// Paragraphs in drafts often wrap across lines (a Word export, a pasted web page); rules work on
/// the joined `text` and use `range(ofCharacters:)` to point at the exact place in the source.
public struct TextSpan: Hashable, Sendable, Codable {
    /// One source line's contribution to `text`.
    public struct Segment: Hashable, Sendable, Codable {
        /// Character offset in `text` where this segment begins.
        public var offset: Int
        /// Where the segment's first Character is in the source.
        public var start: SourcePosition

        public init(offset: Int, start: SourcePosition) {
            self.offset = offset
            self.start = start
        }
    }

    public var text: String
    /// Where the first Character is (the first segment, whose offset is 0): most spans are one line,
    /// and keeping that segment inline spares every cell and paragraph an array of its own.
    private var firstStart: SourcePosition
    /// The segments after the first (a paragraph wrapped over several lines); empty for one line.
    private var laterSegments: [Segment]
    /// Number of Characters in `text`, kept so that positions never recount the string. Last and
    /// 32-bit, so that a span is 36 bytes and a struct that holds one can use the rest of its
    /// last eight (a section is 112 bytes, a block 56).
    @Narrow<Int32> public var length: Int

    /// One source line's contribution to `text` each, in order; never empty.
    public var segments: [Segment] {
        get { [Segment(offset: 0, start: firstStart)] + laterSegments }
        set {
            precondition(!newValue.isEmpty, "a text span needs at least one segment")
            firstStart = newValue[0].start
            laterSegments = Array(newValue.dropFirst())
        }
    }

    /// How many segments the span has.
    private var segmentCount: Int { laterSegments.count + 1 }

    /// The segment at `index` (0 is the first line's).
    private func segment(at index: Int) -> Segment {
        index == 0 ? Segment(offset: 0, start: firstStart) : laterSegments[index - 1]
    }

    /// A span from a single line.
    public init(text: String, line: Int, column: Int = 1) {
        self.text = text
        self.firstStart = SourcePosition(line: line, column: column)
        self.laterSegments = []
        self.length = text.characterCount
    }

    /// A span from a single line whose Characters the caller has already counted (`length`).
    public init(text: String, line: Int, column: Int, length: Int) {
        self.text = text
        self.firstStart = SourcePosition(line: line, column: column)
        self.laterSegments = []
        self.length = length
    }

    public init(text: String, segments: [Segment]) {
        self.init(text: text, segments: segments, length: text.characterCount)
    }

    /// The source position of the Character at `offset` (0-based) in `text`; `offset == length`
    /// gives the position just after the last Character.
    public func position(atCharacter offset: Int) -> SourcePosition {
        var index = segmentCount - 1
        while index > 0 && segment(at: index).offset > offset { index -= 1 }
        let segment = self.segment(at: index)
        return SourcePosition(line: segment.start.line, column: segment.start.column + offset - segment.offset)
    }

    /// The source range of the Characters `offsets` in `text`.
    public func range(ofCharacters offsets: Range<Int>) -> SourceRange {
        let start = position(atCharacter: offsets.lowerBound)
        if offsets.isEmpty { return SourceRange(start: start, end: start) }
        var end = position(atCharacter: offsets.upperBound - 1)
        end.column += 1
        return SourceRange(start: start, end: end)
    }

    /// The range of the whole span.
    public var range: SourceRange { range(ofCharacters: 0..<length) }

    /// Appends another span that continues this one (a wrapped line), joined without a separator,
    /// as Chinese text is.
    public mutating func append(_ other: TextSpan) {
        for index in 0..<other.segmentCount {
            let segment = other.segment(at: index)
            laterSegments.append(Segment(offset: segment.offset + length, start: segment.start))
        }
        text += other.text
        length += other.length
    }

    /// The part of this span covering the Characters `offsets`, with its own source map.
    public func subspan(_ offsets: Range<Int>) -> TextSpan {
        // When every Character is one scalar (the text has as many scalars as Characters), scalar
        // steps reach the same index without grapheme breaking.
        let startIndex: String.Index, endIndex: String.Index
        if text.unicodeScalarCount == length {
            startIndex = text.unicodeScalars.index(text.startIndex, offsetBy: offsets.lowerBound)
            endIndex = text.unicodeScalars.index(startIndex, offsetBy: offsets.count)
        } else {
            startIndex = text.index(text.startIndex, offsetBy: offsets.lowerBound)
            endIndex = text.index(startIndex, offsetBy: offsets.count)
        }
        return subspan(offsets, bounds: startIndex..<endIndex)
    }

    /// The part of this span covering the Characters `offsets`, for a caller that already knows
    /// where they are in `text` (`bounds`, Character-aligned indices of `text`): no Character is
    /// stepped over or counted again.
    public func subspan(_ offsets: Range<Int>, bounds: Range<String.Index>) -> TextSpan {
        var pieces: [Segment] = []
        for index in 0..<segmentCount {
            let segment = self.segment(at: index)
            let segmentEnd = index + 1 < segmentCount ? self.segment(at: index + 1).offset : length
            guard segmentEnd > offsets.lowerBound || (offsets.isEmpty && segment.offset <= offsets.lowerBound),
                  segment.offset < max(offsets.upperBound, offsets.lowerBound + 1) else { continue }
            let from = max(segment.offset, offsets.lowerBound)
            let start = SourcePosition(line: segment.start.line, column: segment.start.column + from - segment.offset)
            pieces.append(Segment(offset: from - offsets.lowerBound, start: start))
        }
        if pieces.isEmpty { pieces = [Segment(offset: 0, start: position(atCharacter: offsets.lowerBound))] }
        return TextSpan(text: String(text[bounds]), segments: pieces, length: offsets.count)
    }

    /// A span whose Characters the caller has counted.
    /// The span from its parts as it stores them (for a compact copy that rebuilds it): the first
    /// segment's start, the segments after the first, and the length in Characters, none recounted.
    package init(text: String, start: SourcePosition, laterSegments: [Segment], length: Int) {
        self.text = text
        self.firstStart = start
        self.laterSegments = laterSegments
        self.length = length
    }

    /// Where the first segment starts (`segments[0].start` without making the list).
    package var start: SourcePosition { firstStart }

    /// The segments after the first (empty for a span on one line), as stored.
    package var continuationSegments: [Segment] { laterSegments }

    init(text: String, segments: [Segment], length: Int) {
        precondition(!segments.isEmpty, "a text span needs at least one segment")
        self.text = text
        self.firstStart = segments[0].start
        self.laterSegments = Array(segments.dropFirst())
        self.length = length
    }
}

extension TextSpan: JSONWritable {
    /// `{"segments": […], "text": …}`, the first segment made from the inline start, not an array.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "segments")
        writer.beginArray()
        writer.nextItem()
        Segment(offset: 0, start: firstStart).writeJSON(to: &writer)
        for segment in laterSegments {
            writer.nextItem()
            segment.writeJSON(to: &writer)
        }
        writer.endArray()
        writer.key(ascii: "text")
        writer.string(text)
        writer.endObject()
    }
}

extension TextSpan.Segment: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "offset")
        writer.int(offset)
        writer.key(ascii: "start")
        start.writeJSON(to: &writer)
        writer.endObject()
    }
}
