import ReportModel
import ReportReading

/// Finds a position of the reader's lines in `word/document.xml`: the paragraph's bytes and the
/// character offset in its text. A body paragraph whose text in the XML is exactly what the reader
/// read gets exact offsets; a table cell holding one such paragraph too. Anything else (a merged or
/// unusual paragraph, a cell of several paragraphs, a footnote or text box, whose text is in another
/// part) is anchored on its whole paragraph or cell, or on the body paragraph that holds the note.
struct AnchorResolver {
    struct Anchor {
        var paragraph: Range<String.Index>
        var offset: Int
        /// Whether the offset is the exact character (false: the anchor is a whole paragraph's edge).
        var isExact: Bool
    }

    let xml: String
    let lines: SourceLines
    let locations: [ParagraphLocation]
    let map: DocumentParagraphs
    /// The reader's text of each body paragraph (label left out, soft lines joined by `\n`).
    private let bodyTexts: [Int: String]
    private var cache: [String.Index: ParagraphRuns] = [:]

    init(xml: String, document: SourceDocument) {
        self.xml = xml
        self.lines = document.lines
        self.locations = document.locations
        self.map = DocumentParagraphs(xml)
        var texts: [Int: String] = [:]
        for (index, location) in document.locations.enumerated()
        where location.table == nil && location.note == nil && document.lines.indices.contains(index) {
            guard let paragraph = location.paragraphIndex else { continue }
            let line = document.lines.slice(index).dropFirst(location.labelLength)
            if let text = texts[paragraph] { texts[paragraph] = text + "\n" + line } else { texts[paragraph] = String(line) }
        }
        self.bodyTexts = texts
    }

    mutating func runs(of paragraph: Range<String.Index>) -> ParagraphRuns {
        if let runs = cache[paragraph.lowerBound] { return runs }
        let runs = ParagraphRuns(xml: xml, paragraph: paragraph)
        cache[paragraph.lowerBound] = runs
        return runs
    }

    /// The start (`isEnd` false) or end of a range at `position`.
    mutating func anchor(_ position: SourcePosition, isEnd: Bool) -> Anchor? {
        guard locations.indices.contains(position.line - 1) else { return fallback(isEnd: isEnd) }
        let location = locations[position.line - 1]
        let column = max(position.column - 1, 0)
        if let table = location.table, let row = location.row {
            return cellAnchor(table: table, row: row, line: lines[position.line - 1], column: column, isEnd: isEnd)
        }
        if location.note != nil {
            // A note's text is in another part: the paragraph before it, which holds or cites it, is marked whole.
            for index in stride(from: position.line - 2, through: 0, by: -1) {
                let previous = locations[index]
                if previous.note == nil, previous.table == nil, let paragraph = previous.paragraphIndex {
                    return whole(bodyParagraph: paragraph, isEnd: isEnd)
                }
            }
            return fallback(isEnd: isEnd)
        }
        guard let index = location.paragraphIndex, map.body.indices.contains(index) else { return fallback(isEnd: isEnd) }
        let bytes = map.body[index]
        let text = runs(of: bytes).text
        guard text == bodyTexts[index] else { return whole(bytes, isEnd: isEnd) }
        // A position on the list label Word displays (not text of the paragraph) goes to the text's
        // start, and is no place for a tracked change.
        let offset = location.textOffset + max(column - location.labelLength, 0)
        return Anchor(paragraph: bytes, offset: min(offset, text.count), isExact: column >= location.labelLength)
    }

    /// A position in a table row: the cell by the tabs before it, the offset within its text.
    private mutating func cellAnchor(table: Int, row: Int, line: String, column: Int, isEnd: Bool) -> Anchor? {
        var cellNumber = 1, cellStart = 0
        for (offset, character) in line.enumerated() where offset < column && character == "\t" {
            cellNumber += 1
            cellStart = offset + 1
        }
        guard let cell = map.cell(table: table, row: row, column: cellNumber), let first = cell.paragraphs.first,
              let last = cell.paragraphs.last else { return fallback(isEnd: isEnd) }
        let cellText = line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(cellNumber - 1).first.map(String.init) ?? ""
        if cell.paragraphs.count == 1, !cell.hasNestedTable, runs(of: first).text == cellText {
            return Anchor(paragraph: first, offset: min(column - cellStart, cellText.count), isExact: true)
        }
        return isEnd ? Anchor(paragraph: last, offset: runs(of: last).text.count, isExact: false)
            : Anchor(paragraph: first, offset: 0, isExact: false)
    }

    private mutating func whole(bodyParagraph index: Int, isEnd: Bool) -> Anchor? {
        guard map.body.indices.contains(index) else { return fallback(isEnd: isEnd) }
        return whole(map.body[index], isEnd: isEnd)
    }

    private mutating func whole(_ bytes: Range<String.Index>, isEnd: Bool) -> Anchor {
        Anchor(paragraph: bytes, offset: isEnd ? runs(of: bytes).text.count : 0, isExact: false)
    }

    /// Where a finding no paragraph holds is put: the first body paragraph with text (the title).
    mutating func fallback(isEnd: Bool) -> Anchor? {
        for bytes in map.body where !runs(of: bytes).text.allSatisfy(\.isWhitespace) {
            return whole(bytes, isEnd: isEnd)
        }
        return map.body.first.map { whole($0, isEnd: isEnd) }
    }
}
