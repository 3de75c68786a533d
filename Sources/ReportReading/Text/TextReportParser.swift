import ReportModel

/// Builds a `Report` from the lines of a plain-text or Markdown draft: metadata first, then a flat
/// stream of headings, paragraphs and tables, which `OutlineBuilder` nests into sections.
struct TextReportParser {
    /// How the lines were laid out.
    enum Layout {
        /// Lines of a text or Markdown file: paragraphs may wrap over lines, tables are guessed.
        case text
        /// One line per paragraph of a Word document: never joined; the lines that are table rows
        /// (line number → table number) are given, as are the heading levels paragraph styles set
        /// (line number → level) for headings without a marker, and the lines that are footnotes,
        /// endnotes or text boxes (body text, but never headings nor metadata).
        case paragraphs(tableRows: [Int: Int], headingLevels: [Int: Int], notes: Set<Int> = [])
    }

    let raw: SourceLines
    let path: String
    let markdown: Bool
    let layout: Layout

    init(lines: SourceLines, path: String, markdown: Bool, layout: Layout = .text) {
        self.raw = lines
        self.path = path
        self.markdown = markdown
        self.layout = layout
    }

    func parse() -> Report {
        let lines = SourceLineList(raw, markdown: markdown)
        // Whether each line (by number) is left out of the body: page chrome, then metadata.
        var skipped = [Bool](repeating: false, count: lines.count + 1)
        for index in lines.indices where !lines.isBlank(at: index) {
            let line = lines[index]
            if PageChrome.isChrome(line.content) && raw.slice(index).utf8.first != UInt8(ascii: "\t") { skipped[line.number] = true }
        }
        // The lines left after page chrome (and notes), which metadata and the paragraph layout are
        // read from: a view of the lines, not a copy of them.
        var metadataReader = MetadataReader()
        let joinWrappedLines: Bool
        do {
            var notes: Set<Int> = []
            if case .paragraphs(_, _, let noteLines) = layout { notes = noteLines }
            let visible = VisibleLines(lines) { !skipped[$0] && !notes.contains($0) }
            metadataReader.readFront(visible) { heading(in: $0) != nil }
            metadataReader.readBack(visible)
            for number in metadataReader.consumed { skipped[number] = true }
            joinWrappedLines = paragraphTables == nil && (markdown
                || Self.separatesParagraphsWithBlankLines(visible, skipping: skipped) { raw.slice($0.number - 1).containsASCII(UInt8(ascii: "\t")) || $0.content.utf8.first == UInt8(ascii: "|") })
        }

        var outline = OutlineBuilder()
        let tables = TableScanner(raw: raw, lines: lines)
        var paragraph: TextSpan?
        /// How many more lines may join a paragraph left open inside a pair of marks.
        var continuation = 0
        func flushParagraph() {
            if let span = paragraph { outline.add(paragraph: span) }
            paragraph = nil
            continuation = 0
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let paragraphTables, let (table, next) = tables.rowTable(at: index, tableOf: paragraphTables) {
                flushParagraph()
                outline.add(table: table, indicators: IndicatorTableReader.read(table))
                index = next
                continue
            }
            if skipped[line.number] || line.isBlank || Self.isThematicBreak(line.content) {
                if line.isBlank || Self.isThematicBreak(line.content) { flushParagraph() }
                index += 1
                continue
            }
            if paragraphTables == nil, let (table, next) = tables.table(at: index, line: line) {
                flushParagraph()
                outline.add(table: table, indicators: IndicatorTableReader.read(table))
                index = next
                continue
            }
            if let heading = heading(in: line) {
                flushParagraph()
                outline.add(heading: heading)
                if let body = heading.body { outline.add(paragraph: body) }
            } else if joinWrappedLines, paragraph != nil {
                paragraph?.append(line.span)
            } else if continuation > 0, let open = paragraph {
                // A line broken inside 《…》 or “…” (text pasted from a PDF) goes on on this line.
                paragraph?.append(line.span)
                continuation -= 1
                if continuation == 0 || !Self.leavesPairOpen(open.text + line.content) { flushParagraph() }
                index += 1
                continue
            } else {
                flushParagraph()
                paragraph = line.span
                if !joinWrappedLines, paragraphTables == nil, Self.leavesPairOpen(line.span.text) {
                    continuation = Self.longestContinuation
                    index += 1
                    continue
                }
            }
            if !joinWrappedLines { flushParagraph() }
            index += 1
        }
        flushParagraph()
        let built = outline.build()
        return Report(
            path: path, locationUnit: paragraphTables == nil ? .line : .paragraph, metadata: metadataReader.metadata, preamble: built.preamble,
            sections: built.sections, indicatorTables: built.indicatorTables)
    }

    /// For a Word document, the table number of each line that is a table row.
    private var paragraphTables: [Int: Int]? {
        if case .paragraphs(let tableRows, _, _) = layout { return tableRows }
        return nil
    }

    /// The heading a line holds: a marker at its start, a Markdown heading, a Word heading style, or
    /// an appendix title.
    func heading(in line: SourceLine) -> HeadingLine? {
        if case .paragraphs(let tableRows, let headingLevels, let notes) = layout {
            if tableRows[line.number] != nil || notes.contains(line.number) { return nil }
            if MarkerScanner.match(line.content) == nil, !line.isBlank, let level = headingLevels[line.number] {
                return HeadingLine(line: line, marker: nil, depth: level)
            }
        }
        if let match = MarkerScanner.match(line.content) {
            return HeadingLine(line: line, marker: match)
        }
        if markdown, line.headingDepth >= 2 {
            return HeadingLine(line: line, marker: nil, depth: line.headingDepth - 1)
        }
        if line.content.hasUTF8Prefix("附件") || line.content.hasUTF8Prefix("附表"), line.content.count <= 40,
           !line.content.containsText("。") {
            return HeadingLine(line: line, marker: nil, depth: 1)
        }
        return nil
    }

    /// Lines a paragraph broken inside a pair of marks may go on over: a stray 《 does not swallow the text.
    static let longestContinuation = 2

    /// Whether `text` ends inside 《…》 or “…” and not at a sentence's end: the line was broken
    /// mid-sentence, as text pasted from a PDF is.
    static func leavesPairOpen(_ text: String) -> Bool {
        guard let last = text.last, !"。！？；：".contains(last) else { return false }
        var titles = 0, quotes = 0
        for character in text {
            switch character {
            case "《": titles += 1
            case "》": titles -= 1
            case "“": quotes += 1
            case "”": quotes -= 1
            default: break
            }
        }
        return titles > 0 || quotes > 0
    }

    /// Whether most paragraphs are separated by blank lines, so that consecutive lines are a
    /// paragraph wrapped over lines rather than separate paragraphs.
    /// Table rows are neither: the gap around a table says nothing about how paragraphs are written.
    static func separatesParagraphsWithBlankLines(
        _ lines: VisibleLines, skipping skipped: [Bool], isTableRow: (SourceLine) -> Bool
    ) -> Bool {
        var separated = 0, adjacent = 0
        for (current, next) in zip(lines, lines.dropFirst())
        where !current.isBlank && !skipped[current.number] && !isTableRow(current) && !isTableRow(next) {
            if next.isBlank || next.number != current.number + 1 { separated += 1 } else { adjacent += 1 }
        }
        return separated > adjacent * 2
    }

    static func isThematicBreak(_ content: Substring) -> Bool {
        let bytes = content.utf8
        guard bytes.count >= 3, let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") else {
            return false
        }
        return bytes.allSatisfy { $0 == first }
    }
}

/// A heading line: its marker (if any), its title and any body text that runs on after it.
struct HeadingLine {
    var marker: Marker?
    var family: Int
    var title: String
    var titleSpan: TextSpan
    var body: TextSpan?

    init(line: SourceLine, marker match: MarkerScanner.Match?, depth: Int = 1) {
        let offset = match?.length ?? 0
        if let match {
            let range = SourceRange(line: line.number, column: line.column, length: match.rawLength)
            marker = Marker(level: match.style.standardLevel, style: match.style, ordinal: match.ordinal, raw: match.raw, range: range)
            family = match.style.standardLevel
        } else {
            marker = nil
            family = depth
        }
        let content = line.content
        let restStart = match?.end ?? content.startIndex
        // Only the first few dozen characters decide where a heading ends; long run-in paragraphs
        // are not copied unless the whole line turns out to be the heading.
        let text = ScalarText(content[restStart...], limit: HeadingSplitter.maximumTitleLength + 16)
        let split = HeadingSplitter.split(text)
        guard split.titleLength > 0 else {
            // No place to split: the whole line is the heading.
            titleSpan = line.span(from: offset)
            // The title shares the span's storage when nothing was trimmed (the usual heading): a
            // second copy of every heading's text was most of what a draft of many sections held.
            let trimmed = Self.trimmingTrailingPunctuation(content[restStart...])
            title = trimmed.utf8.count == titleSpan.text.utf8.count && trimmed == titleSpan.text[...] ? titleSpan.text : String(trimmed)
            body = nil
            return
        }
        let scalars = text.scalars
        var written = split.bodyStart ?? text.count
        while written > split.titleLength, scalars[written - 1] == " " || scalars[written - 1] == "　" { written -= 1 }
        var titleEnd = split.titleLength
        while titleEnd > 0, Self.isTitleTrailingPunctuation(scalars[titleEnd - 1]) { titleEnd -= 1 }
        // Scalar offsets are Character offsets when the scanned text is character-aligned; the
        // scanned scalars give the UTF-8 offsets, so no index is stepped to from the start.
        let utf8 = content.utf8
        func index(ofScalar offset: Int) -> Substring.Index {
            var bytes = 0
            for scalar in scalars[..<offset] { bytes += UTF8.width(scalar) }
            return utf8.index(restStart, offsetBy: bytes)
        }
        if text.isCharacterAligned {
            let writtenEnd = index(ofScalar: written)
            titleSpan = TextSpan(
                text: String(content[restStart..<writtenEnd]), line: line.number, column: line.column + offset, length: written)
            title = titleEnd == written ? titleSpan.text : String(content[restStart..<index(ofScalar: titleEnd)])
        } else {
            titleSpan = line.span(from: offset, length: text.characterOffset(ofScalar: written))
            title = String(content[restStart..<index(ofScalar: titleEnd)])
        }
        if let start = split.bodyStart, start < text.count {
            body = text.isCharacterAligned
                ? TextSpan(text: String(content[index(ofScalar: start)...]), line: line.number, column: line.column + offset + start)
                : line.span(from: offset + text.characterOffset(ofScalar: start))
        }
    }

    /// The text without the punctuation and spaces that end a heading (`一、总体情况。`).
    private static func trimmingTrailingPunctuation(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let previous = scalars.index(before: end)
            guard isTitleTrailingPunctuation(scalars[previous]) else { break }
            end = previous
        }
        return text[..<end]
    }

    @inline(__always)
    private static func isTitleTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", ".", "：", ":", "，", ",", "、", "；", ";", " ", "　": true
        default: false
        }
    }
}
