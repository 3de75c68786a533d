import ReportModel

/// Lays a Word body out as the lines the text parser reads, and says where each line is in Word's
/// terms (`ParagraphLocation`):
///
/// - a paragraph is one line, its list label in front; a paragraph broken by soft line breaks gives
///   one line per soft line (located as 第N段第2行), the label on the first;
/// - body paragraphs are counted as Word's user sees them: those with text, outside tables;
/// - a table row is one tab-separated line (表1第2行);
/// - a footnote's, endnote's or text box's paragraphs follow the paragraph that refers to or holds
///   them (脚注1, 尾注1, 文本框1), never headings nor metadata; or are left out for `render`;
/// - a paragraph in a heading style (or Word's title style) at the top, among the title and the
///   发文字号 line, is the title, not a section.
struct DocxLineLayout {
    let styles: DocxStyles
    let notes: DocxNoteParts
    let leaveNotesOut: Bool

    private(set) var lines: [String] = []
    private(set) var locations: [ParagraphLocation] = []
    private(set) var tableRows: [Int: TableRowLocation] = [:]
    private(set) var headingLevels: [Int: Int] = [:]
    private(set) var noteLines: Set<Int> = []

    private var shownParagraphs = 0
    private var tableCount = 0
    private var noteCounts: [NoteLocation.Kind: Int] = [:]
    private var leftOut: [NoteLocation.Kind: Int] = [:]

    /// Reading the front matter (title, 发文字号) still, whether a title was seen, and whether the
    /// title's paragraphs may still continue (no other line came between).
    private var inFront = true
    private var sawTitle = false
    private var titleContinues = false

    init(styles: DocxStyles, notes: DocxNoteParts, leaveNotesOut: Bool) {
        self.styles = styles
        self.notes = notes
        self.leaveNotesOut = leaveNotesOut
    }

    mutating func add(_ paragraph: DocxParagraph) {
        let shown = !(paragraph.label + paragraph.text).allSatisfy(\.isWhitespace)
        if shown { shownParagraphs += 1 }
        // A paragraph's own outline level wins over its style's (9 is body text).
        let level = paragraph.outlineLevel.map { (0...8).contains($0) ? $0 + 1 : nil }
            ?? styles.headingLevel(of: paragraph.styleID)
        let number = shownParagraphs
        let first = addLines(of: paragraph) { line, softLine, excerpt, labelLength, offset in
            ParagraphLocation(paragraph: number, line: line, paragraphIndex: paragraph.bodyIndex,
                              softLine: softLine, isEmpty: !shown, excerpt: excerpt, labelLength: labelLength,
                              textOffset: offset)
        }
        let isTitle = readsAsTitle(paragraph, level: level, firstLine: lines[first - 1])
        if let level, !isTitle { headingLevels[first] = level }
        add(paragraph.notes)
    }

    mutating func add(table rows: [[String]], notes tableNotes: [DocxNoteReference]) {
        tableCount += 1
        inFront = false
        for (index, row) in rows.enumerated() {
            let line = row.joined(separator: "\t")
            lines.append(line)
            tableRows[lines.count] = TableRowLocation(table: tableCount, row: index + 1)
            locations.append(ParagraphLocation(
                paragraph: shownParagraphs, line: lines.count, table: tableCount, row: index + 1,
                excerpt: ParagraphLocation.excerpt(of: Substring(line))))
        }
        add(tableNotes)
    }

    /// Appends the paragraph's soft lines, located by `locate(line, softLine, excerpt, labelLength,
    /// textOffset)`, and returns the number of its first line.
    private mutating func addLines(
        of paragraph: DocxParagraph, locate: (Int, Int?, String, Int, Int) -> ParagraphLocation
    ) -> Int {
        let first = lines.count + 1
        let softLines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false)
        var offset = 0
        for (index, softLine) in softLines.enumerated() {
            let label = index == 0 ? paragraph.label : ""
            let number = softLines.count > 1 ? index + 1 : nil
            locations.append(locate(lines.count + 1, number, ParagraphLocation.excerpt(of: softLine), label.count, offset))
            lines.append(label + softLine)
            offset += softLine.count + 1
        }
        return first
    }

    /// The footnotes, endnotes and text boxes a paragraph or table refers to, after it.
    private mutating func add(_ references: [DocxNoteReference]) {
        for reference in references {
            let (kind, paragraphs): (NoteLocation.Kind, [DocxParagraph]) = switch reference {
            case .footnote(let id): (.footnote, notes.footnotes[id] ?? [])
            case .endnote(let id): (.endnote, notes.endnotes[id] ?? [])
            case .textBox(let boxParagraphs): (.textBox, boxParagraphs)
            }
            noteCounts[kind, default: 0] += 1
            let note = NoteLocation(kind: kind, number: noteCounts[kind] ?? 1)
            if leaveNotesOut {
                if paragraphs.contains(where: { !($0.label + $0.text).allSatisfy(\.isWhitespace) }) { leftOut[kind, default: 0] += 1 }
                continue
            }
            var shownInNote = 0
            for paragraph in paragraphs {
                let shown = !(paragraph.label + paragraph.text).allSatisfy(\.isWhitespace)
                if shown { shownInNote += 1 }
                let number = max(shownInNote, 1)
                let first = addLines(of: paragraph) { line, softLine, excerpt, labelLength, offset in
                    ParagraphLocation(paragraph: number, line: line, softLine: softLine, note: note,
                                      excerpt: excerpt, labelLength: labelLength, textOffset: offset)
                }
                noteLines.formUnion(first...lines.count)
                add(paragraph.notes)
            }
        }
    }

    /// Whether a paragraph at the top in a heading or title style is (part of) the title: the front
    /// matter is the title and the 发文字号 line, in either order; the title's paragraphs are
    /// consecutive, without a list marker, short and without sentence punctuation.
    private mutating func readsAsTitle(_ paragraph: DocxParagraph, level: Int?, firstLine: String) -> Bool {
        guard inFront else { return false }
        let text = firstLine.drop { $0.isWhitespace }
        if text.isEmpty { return false }
        if MetadataReader.isDocumentNumber(text) {
            titleContinues = false
            return false
        }
        let styled = level != nil || styles.isTitle(paragraph.styleID)
        if styled, !sawTitle || titleContinues, MarkerScanner.match(text) == nil, MetadataReader.isTitleLike(text) {
            sawTitle = true
            titleContinues = true
            return true
        }
        inFront = false
        return false
    }

    /// What was left out, one Chinese phrase each, for `render` to say.
    func omitted(_ omissions: DocxOmissions) -> [String] {
        var phrases: [String] = []
        let kinds: [(NoteLocation.Kind, String)] = [(.footnote, "条脚注"), (.endnote, "条尾注"), (.textBox, "个文本框")]
        for (kind, noun) in kinds {
            if let count = leftOut[kind], count > 0 { phrases.append("\(count) \(noun)未输出") }
        }
        if omissions.comments > 0 { phrases.append("\(omissions.comments) 条批注未读入") }
        if omissions.hiddenRuns > 0 { phrases.append("\(omissions.hiddenRuns) 处隐藏文字未读入") }
        if omissions.deletions > 0 {
            phrases.append("修订已按“接受全部修订”读取（\(omissions.deletions) 处删除的文字未读入）")
        } else if omissions.insertions > 0 {
            phrases.append("修订已按“接受全部修订”读取")
        }
        return phrases
    }
}
