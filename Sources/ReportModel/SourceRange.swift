/// A position in a source document: 1-based line and 1-based column counted in Characters,
/// so that a column points at the same glyph a person sees, whatever the encoding.
///
/// Stored in 32 bits each (a range in 16 bytes, not 32): every cell, span, indicator and finding
/// carries positions, and a long table has millions of them. Drafts are far below 2³¹ lines or
/// Characters a line (readers refuse inputs of that size); a larger value is clamped.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    @Narrow<Int32> public var line: Int
    @Narrow<Int32> public var column: Int

    @inlinable
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    @inlinable
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open span of source text: `start` is the first Character, `end` the one after the last.
///
/// Lines are text lines for `.txt` and `.md` drafts and paragraph numbers for Word documents
/// (see `Report.locationUnit`).
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    @inlinable
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range on one line, `length` Characters long, starting at `column`.
    @inlinable
    public init(line: Int, column: Int, length: Int) {
        self.start = SourcePosition(line: line, column: column)
        self.end = SourcePosition(line: line, column: column + length)
    }

    /// The smallest range covering both ranges.
    @inlinable
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
