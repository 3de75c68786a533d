/// What ReportReview writes into one paragraph: where comments start and end, and the tracked
/// changes (修订) replacing ranges of its text. Offsets are Characters of the paragraph's text.
struct ParagraphEdits {
    struct Revision {
        var range: Range<Int>
        var replacement: String
    }

    var commentStarts: [(offset: Int, id: Int)] = []
    var commentEnds: [(offset: Int, id: Int)] = []
    var revisions: [Revision] = []

    var isEmpty: Bool { commentStarts.isEmpty && commentEnds.isEmpty && revisions.isEmpty }
}

/// Writes `ParagraphEdits` into a paragraph's XML: runs are split at exactly the characters a comment
/// or a change starts and ends at (each piece keeps the run's `w:rPr`), a comment's marks go around
/// the pieces it covers, a change puts the covered pieces into `w:del` and the new text into one
/// `w:ins` with the formatting of the first covered piece. Every byte outside the runs touched is
/// copied as it was. A comment mark that falls inside a run that cannot be split (a field, a picture)
/// moves to the run's edge; a change there is refused beforehand (`canRevise`).
struct ParagraphEditor {
    let paragraph: ParagraphRuns
    let date: String

    /// Whether a tracked change may replace `range`: it lies in the text, and every run it touches
    /// (or, for an insertion, the run it goes beside) is revisable.
    func canRevise(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= paragraph.text.count else { return false }
        let touched = paragraph.runs.filter { run in
            if run.length == 0 { return run.start > range.lowerBound && run.start < range.upperBound }
            return run.start < range.upperBound && run.end > range.lowerBound
        }
        if range.isEmpty {
            guard let beside = host(forInsertionAt: range.lowerBound) else { return false }
            return beside.isRevisable
        }
        return !touched.isEmpty && touched.allSatisfy(\.isRevisable)
    }

    /// The visible run an insertion at `offset` takes its formatting from: the one holding the
    /// character at `offset`, or the last one before it at the end of the text.
    private func host(forInsertionAt offset: Int) -> ParagraphRuns.Run? {
        paragraph.runs.first { $0.length > 0 && $0.start <= offset && offset < $0.end }
            ?? paragraph.runs.last { $0.length > 0 && $0.end == offset }
    }

    /// The paragraph's XML with `edits` written in; revisions must have passed `canRevise` and must
    /// not overlap. The deletions' and insertions' ids are taken from `nextID` on.
    func apply(_ edits: ParagraphEdits, nextID: inout Int) -> String {
        let runs = paragraph.runs
        let visible = runs.indices.filter { runs[$0].length > 0 }
        // Each comment mark goes to one visible run: a start to the run holding its character, an end
        // to the run holding the character before it; inside a run that cannot be split, to its edge.
        var startsAt: [Int: [(offset: Int, id: Int)]] = [:], endsAt: [Int: [(offset: Int, id: Int)]] = [:]
        var leftover = ""
        for mark in edits.commentStarts {
            if let index = visible.first(where: { runs[$0].end > mark.offset }) {
                let run = runs[index]
                startsAt[index, default: []].append((run.isSplittable ? max(mark.offset, run.start) : run.start, mark.id))
            } else {
                leftover += Self.rangeStart(mark.id)
            }
        }
        for mark in edits.commentEnds {
            if let index = visible.last(where: { runs[$0].start < mark.offset }) {
                let run = runs[index]
                endsAt[index, default: []].append((run.isSplittable ? min(mark.offset, run.end) : run.end, mark.id))
            } else {
                leftover += Self.rangeEnd(mark.id)
            }
        }
        let revisions = edits.revisions.sorted { $0.range.lowerBound < $1.range.lowerBound }

        var result = ""
        var copied = paragraph.bytes.lowerBound
        let xml = paragraph.xml
        if paragraph.closeTag == nil {
            // `<w:p/>`: opened so that marks fit in.
            let tag = xml[paragraph.bytes].dropLast(2)
            return String(tag) + ">" + leftover + "</w:p>"
        }
        for (index, run) in runs.enumerated() {
            let starts = startsAt[index] ?? [], ends = endsAt[index] ?? []
            let touching = revisions.filter { revision in
                revision.range.isEmpty
                    ? host(forInsertionAt: revision.range.lowerBound).map { $0.start == run.start && $0.bytes == run.bytes } ?? false
                    : run.start < revision.range.upperBound && run.end > revision.range.lowerBound
            }
            guard !starts.isEmpty || !ends.isEmpty || !touching.isEmpty else { continue }
            result += xml[copied..<run.bytes.lowerBound]
            result += rewrite(run, starts: starts, ends: ends, revisions: touching, nextID: &nextID)
            copied = run.bytes.upperBound
        }
        let close = paragraph.closeTag ?? paragraph.bytes.upperBound
        result += xml[copied..<close] + leftover + xml[close..<paragraph.bytes.upperBound]
        return result
    }

    /// One run written again as pieces cut at every mark and change boundary inside it; each
    /// deletion piece and insertion takes the next id.
    private func rewrite(_ run: ParagraphRuns.Run, starts: [(offset: Int, id: Int)], ends: [(offset: Int, id: Int)],
                         revisions: [ParagraphEdits.Revision], nextID: inout Int) -> String {
        var cuts = Set(starts.map(\.offset) + ends.map(\.offset))
        for revision in revisions { cuts.insert(revision.range.lowerBound); cuts.insert(revision.range.upperBound) }
        let points = [run.start] + cuts.filter { $0 > run.start && $0 < run.end }.sorted() + [run.end]
        var result = ""
        func insertion(_ text: String, like host: ParagraphRuns.Run) {
            result += "<w:ins w:id=\"\(nextID)\" \(signature)>\(Self.run(host, text: text))</w:ins>"
            nextID += 1
        }
        for (lower, upper) in zip(points, points.dropFirst()) {
            for mark in starts where mark.offset == lower { result += Self.rangeStart(mark.id) }
            for revision in revisions where revision.range.isEmpty && revision.range.lowerBound == lower {
                insertion(revision.replacement, like: run)
            }
            if let revision = revisions.first(where: { !$0.range.isEmpty && $0.range.lowerBound <= lower && upper <= $0.range.upperBound }) {
                result += "<w:del w:id=\"\(nextID)\" \(signature)>\(Self.piece(of: run, lower..<upper, deleted: true))</w:del>"
                nextID += 1
                if upper == revision.range.upperBound, !revision.replacement.isEmpty {
                    insertion(revision.replacement, like: revisionHost(revision) ?? run)
                }
            } else if lower == run.start && upper == run.end {
                result += paragraph.xml[run.bytes]
            } else {
                result += Self.piece(of: run, lower..<upper, deleted: false)
            }
            for mark in ends where mark.offset == upper { result += Self.rangeEnd(mark.id) }
            // An insertion at the very end of the text goes after the last run.
            for revision in revisions where revision.range.isEmpty && revision.range.lowerBound == upper
                && upper == run.end && upper == paragraph.text.count {
                insertion(revision.replacement, like: run)
            }
        }
        return result
    }

    private var signature: String { "w:author=\"\(WordComment.author)\" w:date=\"\(date)\"" }

    /// The run holding a revision's first character, whose formatting the new text takes.
    private func revisionHost(_ revision: ParagraphEdits.Revision) -> ParagraphRuns.Run? {
        paragraph.runs.first { $0.length > 0 && $0.start <= revision.range.lowerBound && revision.range.lowerBound < $0.end }
    }

    /// The part `range` (paragraph offsets) of a splittable run, as a run of its own.
    private static func piece(of run: ParagraphRuns.Run, _ range: Range<Int>, deleted: Bool) -> String {
        var body = ""
        var offset = run.start
        for item in run.items {
            let length = item.length
            defer { offset += length }
            switch item {
            case .text(let text):
                let lower = max(range.lowerBound - offset, 0), upper = min(range.upperBound - offset, length)
                guard lower < upper else { continue }
                let characters = Array(text)
                let tag = deleted ? "w:delText" : "w:t"
                body += "<\(tag) xml:space=\"preserve\">\(XMLText.escaped(String(characters[lower..<upper])))</\(tag)>"
            case .element(let element, _):
                // A mark of no width stays with the piece that starts at it (the last piece takes the
                // marks at the run's end); a tab or break goes with its character.
                let inside = offset >= range.lowerBound
                    && (offset < range.upperBound || (length == 0 && range.upperBound == run.end))
                if inside { body += element }
            }
        }
        return "\(run.startTag)\(run.properties)\(body)</w:r>"
    }

    /// A new run with `run`'s formatting holding `text`.
    private static func run(_ run: ParagraphRuns.Run, text: String) -> String {
        "<w:r>\(run.properties)<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>"
    }

    static func rangeStart(_ id: Int) -> String { "<w:commentRangeStart w:id=\"\(id)\"/>" }

    static func rangeEnd(_ id: Int) -> String {
        "<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>"
    }
}
