/// A paragraph of body text.
public struct Paragraph: Hashable, Sendable, Codable {
    public var span: TextSpan

    public init(span: TextSpan) { self.span = span }

    public var text: String { span.text }
    public var range: SourceRange { span.range }
}

/// An enumerated item written inline as `一是…`, `二是…` (the way these reports list measures).
public struct EnumeratedItem: Hashable, Sendable, Codable {
    /// The item's marker as written, e.g. `二是`.
    public var raw: String
    /// The item's text, starting with its marker.
    public var span: TextSpan
    /// 1 for 一是, 2 for 二是 … (last and 32-bit, in the span's last bytes: an item is 56 bytes, and
    /// so is a block).
    @Narrow<Int32> public var ordinal: Int

    public init(ordinal: Int, raw: String, span: TextSpan) {
        self.ordinal = ordinal
        self.raw = raw
        self.span = span
    }

    public var text: String { span.text }
    public var range: SourceRange { span.range }
}

/// A table as written: rows of cells, merged cells left empty.
public struct Table: Hashable, Sendable, Codable {
    /// One cell's text and where it is.
    public struct Cell: Hashable, Sendable, Codable {
        public var text: String
        public var range: SourceRange

        @inlinable
        public init(text: String, range: SourceRange) {
            self.text = text
            self.range = range
        }
    }

    public var rows: Rows
    public var range: SourceRange
    /// The index of the indicator table read from this table in `Report.indicatorTables`, if it was one.
    public var indicatorTableIndex: Int?

    public init(rows: Rows, range: SourceRange, indicatorTableIndex: Int? = nil) {
        self.rows = rows
        self.range = range
        self.indicatorTableIndex = indicatorTableIndex
    }

    public init(rows: [[Cell]], range: SourceRange, indicatorTableIndex: Int? = nil) {
        self.init(rows: Rows(rows), range: range, indicatorTableIndex: indicatorTableIndex)
    }
}

/// One element of a section's body, in document order.
public enum Block: Hashable, Sendable, Codable {
    case paragraph(Paragraph)
    case item(EnumeratedItem)
    case table(Table)

    public var range: SourceRange {
        switch self {
        case .paragraph(let paragraph): paragraph.range
        case .item(let item): item.range
        case .table(let table): table.range
        }
    }

    /// The text spans of this block that rules read: the paragraph, the item, or each table cell.
    public var textSpans: [TextSpan] {
        var spans: [TextSpan] = []
        forEachTextSpan { spans.append($0) }
        return spans
    }

    /// Calls `body` with each of `textSpans` without making the array (a long table's cells).
    public func forEachTextSpan(_ body: (TextSpan) throws -> Void) rethrows {
        switch self {
        case .paragraph(let paragraph): try body(paragraph.span)
        case .item(let item): try body(item.span)
        case .table(let table):
            for cell in table.rows.allCells {
                try body(TextSpan(text: cell.text, line: cell.range.start.line, column: cell.range.start.column))
            }
        }
    }
}
