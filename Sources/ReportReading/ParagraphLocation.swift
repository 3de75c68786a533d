import ReportModel

/// The table row a line of a Word document holds: the table's number (1-based, in document order)
/// and the row's number within it.
public struct TableRowLocation: Hashable, Sendable {
    public var table: Int
    public var row: Int

    public init(table: Int, row: Int) {
        self.table = table
        self.row = row
    }
}

/// Where a position in a Word document is, said the way a person finds it: the paragraph (第12段),
/// and for a table cell its table, row and column.
///
/// Paragraphs are counted as the body holds them: every paragraph, empty ones included (as Word
/// counts them), and every table row counts one.
public struct ParagraphLocation: Hashable, Sendable, CustomStringConvertible {
    /// The paragraph number (the source line).
    public var paragraph: Int
    public var table: Int?
    public var row: Int?
    /// The cell's column in its row (1-based), for a table cell.
    public var cell: Int?

    public init(paragraph: Int, table: Int? = nil, row: Int? = nil, cell: Int? = nil) {
        self.paragraph = paragraph
        self.table = table
        self.row = row
        self.cell = cell
    }

    /// `第12段`, or `第12段（表1第2行第3列）` for a table cell.
    public var description: String {
        guard let table, let row else { return "第\(paragraph)段" }
        return "第\(paragraph)段（表\(table)第\(row)行" + (cell.map { "第\($0)列" } ?? "") + "）"
    }
}

/// Turns positions in a Word document's lines (one per paragraph or table row) into
/// `ParagraphLocation`s, finding a table cell's column by the tabs before the position.
public struct ParagraphLocator: Sendable {
    public var lines: [String]
    public var tableRows: [Int: TableRowLocation]

    public init(lines: [String], tableRows: [Int: TableRowLocation]) {
        self.lines = lines
        self.tableRows = tableRows
    }

    public func location(of position: SourcePosition) -> ParagraphLocation {
        guard let row = tableRows[position.line] else { return ParagraphLocation(paragraph: position.line) }
        var cell = 1
        if lines.indices.contains(position.line - 1) {
            for (offset, character) in lines[position.line - 1].enumerated()
            where offset < position.column - 1 && character == "\t" {
                cell += 1
            }
        }
        return ParagraphLocation(paragraph: position.line, table: row.table, row: row.row, cell: cell)
    }
}
