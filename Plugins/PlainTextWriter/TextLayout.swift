/// The lines of a plain-text rendering, each with what it holds, and the choice between the compact
/// layout (one paragraph a line, as pasted into the official template) and a spaced one.
///
/// The text reader decides per file whether consecutive lines are separate paragraphs or one
/// paragraph wrapped over lines: when most prose lines are followed by a gap (a blank line, or the
/// lines of a table) it joins consecutive lines. A report with many tables and few paragraphs can
/// tip that count, and two paragraphs on consecutive lines would be read back as one. In that case
/// every body line is followed by a blank line, so that no two paragraphs are adjacent.
struct TextLayout {
    enum Kind: Equatable { case metadata, heading, paragraph, table, blank }

    private var lines: [(text: String, kind: Kind)] = []

    mutating func add(_ text: String, _ kind: Kind) { lines.append((text, kind)) }

    /// A blank line, never two in a row and never at the start.
    mutating func blank() {
        if let last = lines.last, last.kind != .blank { lines.append(("", .blank)) }
    }

    var text: String {
        var lines = readerWouldJoinParagraphs ? spaced : self.lines
        while lines.last?.kind == .blank { lines.removeLast() }
        return lines.isEmpty ? "" : lines.map(\.text).joined(separator: "\n") + "\n"
    }

    /// Whether the reader would take this text for a file of blank-line-separated paragraphs while
    /// two paragraphs stand on consecutive lines.
    private var readerWouldJoinParagraphs: Bool {
        // The reader's prose lines: everything but table rows, in order, with their line numbers.
        let prose = lines.enumerated().filter { $0.element.kind != .table }
        var separated = 0, adjacent = 0
        for (current, next) in zip(prose, prose.dropFirst())
        where current.element.kind != .blank && current.element.kind != .metadata {
            if next.element.kind == .blank || next.offset != current.offset + 1 { separated += 1 } else { adjacent += 1 }
        }
        guard separated > adjacent * 2 else { return false }
        return zip(lines, lines.dropFirst()).contains { $0.kind == .paragraph && $1.kind == .paragraph }
    }

    /// The same lines with a blank line after every body line.
    private var spaced: [(text: String, kind: Kind)] {
        var result: [(text: String, kind: Kind)] = []
        for line in lines {
            if line.kind == .blank, result.last?.kind == .blank { continue }
            result.append(line)
            if line.kind == .heading || line.kind == .paragraph { result.append(("", .blank)) }
        }
        return result
    }
}
