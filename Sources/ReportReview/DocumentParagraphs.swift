/// Where the paragraphs of `word/document.xml` are, counted the way the reader counts them, so that a
/// finding's line can be found again in the XML: body paragraphs (every `w:p` outside tables and text
/// boxes, in document order: `ParagraphLocation.paragraphIndex`) and the cells of top-level tables
/// (table, row and grid column, as `ParagraphLocation` gives them). Paragraphs inside text boxes,
/// and the branches of `mc:AlternateContent` the reader does not read, are not counted.
struct DocumentParagraphs {
    /// A top-level table cell: the paragraphs directly in it, and the grid columns it spans (1-based).
    struct Cell {
        var table: Int
        var row: Int
        var columns: ClosedRange<Int>
        var paragraphs: [Range<String.Index>]
        /// Whether the cell holds a nested table (whose text the reader joins into the cell's).
        var hasNestedTable = false
    }

    /// The body paragraphs' bytes, by `paragraphIndex`.
    private(set) var body: [Range<String.Index>] = []
    /// The cells by table and row, in column order.
    private(set) var cells: [RowKey: [Cell]] = [:]

    struct RowKey: Hashable {
        var table: Int
        var row: Int
    }

    init(_ xml: String) {
        var scanner = XMLTagScanner(xml)
        var tableDepth = 0, textBoxDepth = 0
        var skipped = SkippedMarkup()
        var paragraphStart: String.Index?
        var paragraphDepth = 0
        var tableCount = 0, row = 0, column = 0
        var cell: Cell?
        var span = 1
        while let tag = scanner.next() {
            guard !skipped.skips(tag) else { continue }
            switch (tag.kind, tag.name) {
            case (.start, "w:txbxContent"): textBoxDepth += 1
            case (.end, "w:txbxContent"): textBoxDepth -= 1
            case (.start, "w:tbl") where textBoxDepth == 0:
                tableDepth += 1
                if tableDepth == 1 {
                    tableCount += 1
                    row = 0
                } else {
                    cell?.hasNestedTable = true
                }
            case (.end, "w:tbl") where textBoxDepth == 0:
                tableDepth -= 1
            case (.start, "w:tr") where tableDepth == 1 && textBoxDepth == 0:
                row += 1
                column = 0
            case (.start, "w:tc") where tableDepth == 1 && textBoxDepth == 0:
                span = 1
                cell = Cell(table: tableCount, row: row, columns: (column + 1)...(column + 1), paragraphs: [])
            case (.empty, "w:gridSpan") where tableDepth == 1 && textBoxDepth == 0:
                let value = XMLTagScanner.attribute("w:val", in: xml[tag.range]).flatMap { Int($0) } ?? 1
                span = min(max(value, 1), 64)
            case (.end, "w:tc") where tableDepth == 1 && textBoxDepth == 0:
                if var finished = cell {
                    finished.columns = finished.columns.lowerBound...(finished.columns.lowerBound + span - 1)
                    cells[RowKey(table: finished.table, row: finished.row), default: []].append(finished)
                }
                column += span
                cell = nil
            case (.start, "w:p") where textBoxDepth == 0:
                if paragraphDepth == 0 { paragraphStart = tag.range.lowerBound }
                paragraphDepth += 1
            case (.end, "w:p") where textBoxDepth == 0:
                paragraphDepth -= 1
                if paragraphDepth == 0, let start = paragraphStart {
                    record(start..<tag.range.upperBound, tableDepth: tableDepth, cell: &cell)
                    paragraphStart = nil
                }
            case (.empty, "w:p") where textBoxDepth == 0 && paragraphDepth == 0:
                record(tag.range, tableDepth: tableDepth, cell: &cell)
            default:
                break
            }
        }
    }

    private mutating func record(_ range: Range<String.Index>, tableDepth: Int, cell: inout Cell?) {
        if tableDepth == 0 {
            body.append(range)
        } else if tableDepth == 1 {
            cell?.paragraphs.append(range)
        }
    }

    /// The cell of `table` and `row` that spans grid `column`.
    func cell(table: Int, row: Int, column: Int) -> Cell? {
        cells[RowKey(table: table, row: row)]?.first { $0.columns.contains(column) }
    }
}
