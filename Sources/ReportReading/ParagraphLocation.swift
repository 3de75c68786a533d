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

/// A footnote, endnote or text box of a Word document, numbered as Word's user sees it: footnotes and
/// endnotes in the order the body refers to them (Word's 1, 2, 3), text boxes in document order.
public struct NoteLocation: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        case footnote, endnote, textBox
    }

    public var kind: Kind
    public var number: Int

    public init(kind: Kind, number: Int) {
        self.kind = kind
        self.number = number
    }

    /// `脚注1`, `尾注2`, `文本框1`.
    public var description: String {
        switch kind {
        case .footnote: "脚注\(number)"
        case .endnote: "尾注\(number)"
        case .textBox: "文本框\(number)"
        }
    }
}

/// Where a line of a Word document is, said the way a person finds it in Word: the paragraph
/// (第12段) with its first words quoted so that Ctrl+F finds it, the soft line within it (a line
/// broken with Shift+Enter), a table cell (表1第2行第3列), or a footnote, endnote or text box.
///
/// Body paragraphs are counted as Word's user sees them: paragraphs with text, outside tables and
/// notes; empty paragraphs are not counted (a position on one is "after" the paragraph before it).
public struct ParagraphLocation: Hashable, Sendable, CustomStringConvertible {
    /// The paragraph number: among the body's non-empty paragraphs, or within a note or text box.
    public var paragraph: Int
    /// The source line (what `SourcePosition.line` counts).
    public var line: Int
    /// The 0-based index of the body paragraph among all the body's `w:p` outside tables, empty ones
    /// included (python-docx's `Document.paragraphs[i]`); nil in a table, note or text box.
    public var paragraphIndex: Int?
    /// The soft line (1-based) of a paragraph broken by line breaks, nil for an unbroken paragraph.
    public var softLine: Int?
    public var table: Int?
    public var row: Int?
    /// The cell's column in its row (1-based), for a table cell.
    public var cell: Int?
    public var note: NoteLocation?
    /// Whether the line is an empty paragraph (then `paragraph` is the one before it).
    public var isEmpty: Bool
    /// The first words of the line as Word shows its text (the list label left out), for Ctrl+F.
    public var excerpt: String
    /// How many characters at the line's start are the list label Word displays (not in the text).
    public var labelLength: Int
    /// How many characters of the paragraph's text (label excluded, a line break counted as one) come
    /// before this line: a position's offset in the paragraph is this plus its column past the label.
    public var textOffset: Int

    public init(paragraph: Int, line: Int? = nil, paragraphIndex: Int? = nil, softLine: Int? = nil,
                table: Int? = nil, row: Int? = nil, cell: Int? = nil, note: NoteLocation? = nil,
                isEmpty: Bool = false, excerpt: String = "", labelLength: Int = 0, textOffset: Int = 0) {
        self.paragraph = paragraph
        self.line = line ?? paragraph
        self.paragraphIndex = paragraphIndex
        self.softLine = softLine
        self.table = table
        self.row = row
        self.cell = cell
        self.note = note
        self.isEmpty = isEmpty
        self.excerpt = excerpt
        self.labelLength = labelLength
        self.textOffset = textOffset
    }

    /// `第12段（“二、主要做法…”）`, `第12段第2行（“…”）`, `表1第2行第3列`, `脚注1（“…”）`.
    public var description: String {
        guard table == nil, !isEmpty, !excerpt.isEmpty else { return place }
        return place + "（“\(excerpt)”）"
    }

    /// The place without the quote: `第12段`, `第12段第2行`, `表1第2行第3列`, `脚注1第2段`.
    public var place: String {
        if let table, let row {
            return "表\(table)第\(row)行" + (cell.map { "第\($0)列" } ?? "")
        }
        var place: String
        if let note {
            place = "\(note)" + (paragraph > 1 ? "第\(paragraph)段" : "")
        } else if isEmpty {
            return paragraph == 0 ? "正文开头的空段" : "第\(paragraph)段后的空段"
        } else {
            place = "第\(paragraph)段"
        }
        if let softLine { place += "第\(softLine)行" }
        return place
    }

    /// The number of characters of a line's text quoted in `excerpt`.
    public static let excerptLength = 10

    /// The first words of `text` for `excerpt`: up to `excerptLength` characters, leading blanks
    /// dropped, `…` when cut.
    public static func excerpt(of text: Substring) -> String {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.count > excerptLength else { return String(trimmed) }
        return String(trimmed.prefix(excerptLength)) + "…"
    }
}

/// Turns positions in a Word document's lines into `ParagraphLocation`s, finding a table cell's
/// column by the tabs before the position, and says where a fix falls in the paragraph's own text.
public struct ParagraphLocator: Sendable {
    public var lines: SourceLines
    /// One location per line (index = line − 1); a line without one is located by its number.
    public var locations: [ParagraphLocation]

    public init(lines: SourceLines, locations: [ParagraphLocation]) {
        self.lines = lines
        self.locations = locations
    }

    /// Lines counted one paragraph each, table rows given: how documents were located before soft
    /// lines, notes and visible counting.
    public init(lines: SourceLines, tableRows: [Int: TableRowLocation]) {
        self.lines = lines
        self.locations = lines.indices.map { index in
            let row = tableRows[index + 1]
            return ParagraphLocation(paragraph: index + 1, table: row?.table, row: row?.row)
        }
    }

    public func location(of position: SourcePosition) -> ParagraphLocation {
        guard locations.indices.contains(position.line - 1) else { return ParagraphLocation(paragraph: position.line) }
        var location = locations[position.line - 1]
        guard location.table != nil else { return location }
        var cell = 1
        if lines.indices.contains(position.line - 1) {
            for (offset, character) in lines[position.line - 1].enumerated()
            where offset < position.column - 1 && character == "\t" {
                cell += 1
            }
        }
        location.cell = cell
        return location
    }

    /// Whether `range` covers part of the list label Word displays at its line's start (text that is
    /// not in the document: a fix there cannot be applied).
    public func touchesLabel(_ range: SourceRange) -> Bool {
        guard locations.indices.contains(range.start.line - 1) else { return false }
        return range.start.column - 1 < locations[range.start.line - 1].labelLength
    }

    /// Where `range` lies in the text Word holds for its paragraph, in Characters from the paragraph's
    /// start (the list label excluded, a soft line break counted as one): nil when the range touches
    /// the label (a displayed label is not text a fix can change), runs over lines, or is in a table.
    public func textOffsets(of range: SourceRange) -> (start: Int, end: Int)? {
        guard range.start.line == range.end.line, locations.indices.contains(range.start.line - 1) else { return nil }
        let location = locations[range.start.line - 1]
        guard location.table == nil, range.start.column - 1 >= location.labelLength else { return nil }
        let start = location.textOffset + range.start.column - 1 - location.labelLength
        let end = location.textOffset + range.end.column - 1 - location.labelLength
        return (start, max(start, end))
    }
}
