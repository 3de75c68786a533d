import ReportModel

/// Reads the tables drafts contain: Markdown pipe tables, tab-separated rows, and the form web
/// copies scrape a table into (one tab-prefixed cell per line, rows split by blank lines, a merged
/// cell left empty, a long cell broken over short lines), which is regrouped by the header's width.
struct TableScanner {
    let raw: SourceLines
    let lines: SourceLineList

    /// A table starting at line index `start` (whose line the caller has read: `line`), and the
    /// index after it; nil when none starts there.
    func table(at start: Int, line: SourceLine) -> (table: Table, next: Int)? {
        if line.content.utf8.first == UInt8(ascii: "|") { return pipeTable(at: start) }
        if raw.slice(start).utf8.first == UInt8(ascii: "\t"), !line.content.containsASCII(UInt8(ascii: "\t")) {
            return scrapedTable(at: start)
        }
        if line.content.containsASCII(UInt8(ascii: "\t")) { return tabTable(at: start) }
        return nil
    }

    /// A Word table laid out as one tab-separated line per row (`tableOf`: line number → table
    /// number), starting at line index `start`; nil when that line is not a table row.
    func rowTable(at start: Int, tableOf: [Int: Int]) -> (table: Table, next: Int)? {
        guard let table = tableOf[lines[start].number] else { return nil }
        var rows: [[Table.Cell]] = []
        var index = start
        while index < lines.count, tableOf[lines[index].number] == table {
            rows.append(Self.tabSeparatedCells(of: raw.slice(index), line: lines[index].number))
            index += 1
        }
        let last = lines[index - 1]
        let range = SourceRange(start: SourcePosition(line: lines[start].number, column: 1),
                                end: SourcePosition(line: last.number, column: raw.slice(index - 1).count + 1))
        return (Table(rows: rows, range: range), index)
    }

    private func pipeTable(at start: Int) -> (table: Table, next: Int)? {
        // The rows are the lines that start with a bar: counted first, so that the cells (about as
        // many a row as the first row has bars) go into one list allocated once.
        var end = start
        while end < lines.count, lines[end].startsWithBar { end += 1 }
        var rows = Table.Rows()
        rows.reserveCapacity(rows: end - start, cells: (end - start) * max(Self.bars(in: lines[start]) - 1, 1))
        var index = start
        while index < end {
            let line = lines[index]
            let isSeparator = line.content.utf8.allSatisfy(Self.isSeparatorByte)
            if !isSeparator { appendPipeCells(of: line, to: &rows) }
            index += 1
        }
        guard rows.count >= 2 || (rows.count == 1 && index - start >= 2) else { return nil }
        return (Table(rows: rows, range: range(from: start, to: index - 1)), index)
    }

    private func tabTable(at start: Int) -> (table: Table, next: Int)? {
        var rows: [[Table.Cell]] = []
        var index = start
        while index < lines.count, !lines[index].isBlank, raw.slice(index).containsASCII(UInt8(ascii: "\t")) {
            rows.append(tabCells(of: index))
            index += 1
        }
        guard rows.count >= 2 else { return nil }
        return (Table(rows: rows, range: range(from: start, to: index - 1)), index)
    }

    /// The cells of a tab-separated row, from the raw line so that empty cells at either end are kept.
    private func tabCells(of index: Int) -> [Table.Cell] {
        Self.tabSeparatedCells(of: raw.slice(index), line: index + 1)
    }

    /// The cells of the tab-separated raw line `text` (line `number`), trimmed of spaces, with
    /// their columns. A tab is always a Character of its own, so the line is split on its byte.
    private static func tabSeparatedCells(of text: Substring, line number: Int) -> [Table.Cell] {
        var result: [Table.Cell] = []
        var column = 1
        for bytes in text.utf8.split(separator: tab, omittingEmptySubsequences: false) {
            let piece = Substring(bytes)
            let (text, leading) = CellText.trimmed(piece)
            result.append(Table.Cell(text: text, range: SourceRange(line: number, column: column + leading, length: text.characterCount)))
            column += piece.characterCount + 1
        }
        return result
    }

    private func scrapedTable(at start: Int) -> (table: Table, next: Int)? {
        var header: [Table.Cell] = []
        var index = start
        while index < lines.count, raw.slice(index).utf8.first == Self.tab, !lines[index].isBlank {
            header.append(cell(lines[index]))
            index += 1
        }
        guard header.count >= 2 else { return nil }
        var cells: [Table.Cell] = []
        var lastLine = index - 1
        while index < lines.count {
            let line = lines[index]
            if raw.slice(index).utf8.first == Self.tab {
                cells.append(line.isBlank ? Table.Cell(text: "", range: SourceRange(line: line.number, column: 2, length: 0))
                                          : cell(line))
                lastLine = index
            } else if line.isBlank {
                // rows are separated by blank lines; the header's width regroups them
            } else if !cells.isEmpty, line.content.characterCount <= 8, continuesTable(after: index) {
                cells[cells.count - 1].text += line.content
                cells[cells.count - 1].range.end = Self.range(of: line).end
                lastLine = index
            } else {
                break
            }
            index += 1
        }
        guard !cells.isEmpty else { return nil }
        var rows = [header]
        var position = 0
        while position < cells.count {
            rows.append(Array(cells[position..<min(position + header.count, cells.count)]))
            position += header.count
        }
        return (Table(rows: rows, range: range(from: start, to: lastLine)), lastLine + 1)
    }

    /// Whether the next non-blank line after `index` is another cell of the scraped table.
    private func continuesTable(after index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, lines[next].isBlank, raw.slice(next).utf8.first != Self.tab { next += 1 }
        guard next < lines.count else { return false }
        return raw.slice(next).utf8.first == Self.tab || (lines[next].content.characterCount <= 8 && continuesTable(after: next))
    }

    private func cell(_ line: SourceLine) -> Table.Cell {
        Table.Cell(text: String(line.content), range: Self.range(of: line))
    }

    /// Where a line's content is (what `line.span.range` gives, without copying the text).
    private static func range(of line: SourceLine) -> SourceRange {
        SourceRange(line: line.number, column: line.column, length: line.content.characterCount)
    }

    /// A tab, which starts each cell of a scraped table.
    private static let tab = UInt8(ascii: "\t")

    /// `|`, `-`, `:` and space: the bytes of a header separator row (`| --- | :-: |`).
    private static func isSeparatorByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: " ")
    }

    /// The cells of a pipe-table row; `\|` is a literal bar inside a cell. One pass over the row's
    /// UTF-8 bytes splits it and checks that each of its scalars is a Character of its own (Chinese,
    /// ASCII, full-width marks), so that scalars count columns; any other row is read Character by
    /// Character.
    private func appendPipeCells(of line: SourceLine, to rows: inout Table.Rows) {
        var row = line.content
        let appended: Bool = row.withUTF8 { bytes in
            // The pieces between bars go into scratch space on the stack (a row has at most one more
            // piece than bars), then its cells go straight into the table's list.
            var bars = 0
            for byte in bytes where byte == UInt8(ascii: "|") { bars += 1 }
            return withUnsafeTemporaryAllocation(of: PipePiece.self, capacity: bars + 1) { pieces in
                guard let count = PipePiece.split(bytes, into: pieces) else { return false }
                func content(_ piece: PipePiece) -> [UInt8] {
                    piece.escaped ? CellText.unescaped(bytes[piece.bytes]) : Array(bytes[piece.bytes])
                }
                func isBlank(_ piece: PipePiece) -> Bool { piece.bytes.isEmpty || Self.isBlank(content(piece)) }
                var first = 0, end = count
                if isBlank(pieces[first]) { first += 1 }
                if end > first, isBlank(pieces[end - 1]) { end -= 1 }
                rows.appendRow { add in
                    for index in first..<end {
                        let piece = pieces[index]
                        let cell = piece.escaped
                            ? content(piece).withUnsafeBufferPointer { CellText.trimmed(utf8: $0[...]) }
                            : CellText.trimmed(utf8: bytes[piece.bytes], scalars: piece.scalars.count)
                        add(Table.Cell(text: cell.text, range: SourceRange(
                            line: line.number, column: line.column + piece.scalars.lowerBound + cell.leading, length: cell.length)))
                    }
                }
                return true
            }
        }
        if !appended { rows.append(pipeCellsByCharacter(of: line)) }
    }

    /// The number of `|` in a line (an escaped `\|` too: this only sizes the list of cells).
    private static func bars(in line: SourceLine) -> Int {
        var bars = 0
        for byte in line.content.utf8 where byte == UInt8(ascii: "|") { bars += 1 }
        return bars
    }

    /// Whether a piece of a row holds nothing but whitespace (Unicode's, as the Character reading
    /// of a row decides): the pieces before the first bar and after the last are then no cells.
    private static func isBlank<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.isEmpty || String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// `pipeCells(of:)` Character by Character, for rows with combining marks, emoji and the like.
    private func pipeCellsByCharacter(of line: SourceLine) -> [Table.Cell] {
        var pieces: [(text: String, column: Int)] = []
        var current = "", start = line.column, column = line.column
        var escaped = false
        for character in line.content {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                pieces.append((current, start))
                current = ""
                start = column + 1
            } else {
                current.append(character)
            }
            column += 1
        }
        if escaped { current.append("\\") }
        pieces.append((current, start))
        if pieces.first?.text.allSatisfy(\.isWhitespace) == true { pieces.removeFirst() }
        if pieces.last?.text.allSatisfy(\.isWhitespace) == true { pieces.removeLast() }
        return pieces.map { piece in
            let leading = piece.text.prefix { $0 == " " || $0 == "　" }.count
            let text = CellText.trimmed(piece.text[...]).text
            return Table.Cell(text: text, range: SourceRange(line: line.number, column: piece.column + leading, length: text.count))
        }
    }

    private func range(from start: Int, to end: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: lines[start].number, column: lines[start].column),
                    end: SourcePosition(line: lines[end].number, column: lines[end].column + lines[end].content.characterCount))
    }
}

/// A piece of a pipe-table row between bars: its UTF-8 bytes, its scalars (offsets in the row), and
/// whether it holds a `\` escape.
private struct PipePiece {
    var bytes: Range<Int>
    var scalars: Range<Int>
    var escaped: Bool

    /// Splits the UTF-8 `bytes` of a row at its bars (not at an escaped `\|`) into `pieces`, which
    /// has room for one more piece than the row has bars, and returns how many there are; nil when
    /// a scalar of the row may join its neighbours into one Character (combining marks, emoji,
    /// control characters), so that scalars do not count columns.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, into pieces: UnsafeMutableBufferPointer<PipePiece>) -> Int? {
        var count = 0
        var start = 0, startScalar = 0, scalar = 0, index = 0
        var escaped = false, pieceHasEscape = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "|") {
                // Printable ASCII other than the two marks (most bytes of a row): it only ends an escape.
                escaped = false
                index += 1
                scalar += 1
                continue
            }
            if byte < 0x80 {
                // Tab and line feed stand alone; other control characters may not.
                guard byte >= 0x20 || byte == 0x09 || byte == 0x0A else { return nil }
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                    pieceHasEscape = true
                } else if byte == UInt8(ascii: "|") {
                    pieces.initializeElement(at: count, to: PipePiece(bytes: start..<index, scalars: startScalar..<scalar, escaped: pieceHasEscape))
                    count += 1
                    start = index + 1
                    startScalar = scalar + 1
                    pieceHasEscape = false
                }
                index += 1
            } else {
                guard let length = UTF8Scalars.standaloneLength(at: bytes.baseAddress.unsafelyUnwrapped + index) else { return nil }
                escaped = false
                index += length
            }
            scalar += 1
        }
        pieces.initializeElement(at: count, to: PipePiece(bytes: start..<bytes.count, scalars: startScalar..<scalar, escaped: pieceHasEscape))
        return count + 1
    }
}
