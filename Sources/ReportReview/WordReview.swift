import Foundation
import ReportModel
import ReportPluginKit
import ReportReading

/// Writes findings into a copy of a Word draft the way a reviewer would: comments (批注) anchored on
/// the characters each finding points at, and fixes as tracked changes (修订) signed "ReportKit", so
/// that Word's 接受所有修订 gives the fixed text and 拒绝 the original. Only `word/document.xml`,
/// `word/comments.xml`, the document's relationships and `[Content_Types].xml` change; every other
/// part is handed back as it was.
public enum WordReview {
    static let documentPart = "word/document.xml"
    static let commentsPart = "word/comments.xml"
    static let relationshipsPart = "word/_rels/document.xml.rels"
    static let contentTypesPart = "[Content_Types].xml"
    static let wordNamespace = "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// Reviews the package `parts` (every part of the draft, as `WordPackage.allParts()` gives them),
    /// whose text the reader read as `document`, writing `items`; `date` signs the comments and changes.
    public static func review(parts: [String: Data], document: SourceDocument, items: [ReviewItem], date: Date) throws(ReviewError)
        -> ReviewOutcome
    {
        guard let documentData = parts[documentPart], let xml = String(data: documentData, encoding: .utf8) else {
            throw ReviewError("文档缺少可读的正文部分（word/document.xml 不是 UTF-8 文本），无法写入批注或修订")
        }
        guard xml.contains("xmlns:w=" + wordNamespace) else {
            throw ReviewError("文档的正文没有使用 Word 通常的“w:”命名前缀，无法安全地写入批注或修订；请在 Word 中另存为 .docx 后再试")
        }
        let stamp = Self.stamp(date)
        var resolver = AnchorResolver(xml: xml, document: document)
        let existingComments = parts[commentsPart].flatMap { String(data: $0, encoding: .utf8) }
        var nextID = max(CommentsPart.firstFreeID(in: xml), CommentsPart.firstFreeID(in: existingComments))
        var edits: [String.Index: ParagraphEdits] = [:]
        var paragraphs: [String.Index: Range<String.Index>] = [:]
        var comments: [WordComment] = []
        var outcome = ReviewOutcome(parts: parts)

        for item in items {
            var commentLines = item.comment
            if let fix = item.revision {
                if let revision = revisable(fix, resolver: &resolver), !overlaps(revision.range, edits[revision.paragraph.lowerBound]) {
                    edits[revision.paragraph.lowerBound, default: ParagraphEdits()].revisions.append(
                        ParagraphEdits.Revision(range: revision.range, replacement: fix.replacement))
                    paragraphs[revision.paragraph.lowerBound] = revision.paragraph
                    outcome.revisions += 1
                } else {
                    outcome.fixesNotRevised += 1
                    if commentLines == nil { commentLines = item.commentIfNotRevised }
                }
            }
            guard let lines = commentLines, let (start, end) = anchors(item, resolver: &resolver) else { continue }
            let id = nextID
            nextID += 1
            comments.append(WordComment(id: id, lines: lines))
            edits[start.paragraph.lowerBound, default: ParagraphEdits()].commentStarts.append((start.offset, id))
            edits[end.paragraph.lowerBound, default: ParagraphEdits()].commentEnds.append((end.offset, id))
            paragraphs[start.paragraph.lowerBound] = start.paragraph
            paragraphs[end.paragraph.lowerBound] = end.paragraph
        }
        outcome.comments = comments.count

        // The paragraphs edited, in document order, each written once.
        var written = ""
        var copied = xml.startIndex
        for lower in paragraphs.keys.sorted() {
            guard let bytes = paragraphs[lower], let paragraphEdits = edits[lower] else { continue }
            let editor = ParagraphEditor(paragraph: resolver.runs(of: bytes), date: stamp)
            written += xml[copied..<bytes.lowerBound]
            written += editor.apply(paragraphEdits, nextID: &nextID)
            copied = bytes.upperBound
        }
        written += xml[copied...]
        outcome.parts[documentPart] = Data(written.utf8)

        if !comments.isEmpty {
            outcome.parts[commentsPart] = Data(CommentsPart.xml(adding: comments, to: existingComments, date: stamp).utf8)
            let relationships = parts[relationshipsPart].map { String(decoding: $0, as: UTF8.self) }
                ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
            outcome.parts[relationshipsPart] = Data(CommentsRegistration.relationships(relationships).utf8)
            if let types = parts[contentTypesPart] {
                outcome.parts[contentTypesPart] = Data(CommentsRegistration.contentTypes(String(decoding: types, as: UTF8.self)).utf8)
            }
        }
        return outcome
    }

    /// Where a fix can be a tracked change: one paragraph, exact offsets, runs that may be revised,
    /// no line break in the new text.
    private static func revisable(_ fix: Fix, resolver: inout AnchorResolver)
        -> (paragraph: Range<String.Index>, range: Range<Int>)?
    {
        guard fix.range.start.line == fix.range.end.line, !fix.replacement.contains("\n"),
              let start = resolver.anchor(fix.range.start, isEnd: false), let end = resolver.anchor(fix.range.end, isEnd: true),
              start.isExact, end.isExact, start.paragraph == end.paragraph, start.offset <= end.offset else { return nil }
        let range = start.offset..<end.offset
        guard !(range.isEmpty && fix.replacement.isEmpty) else { return nil }
        let editor = ParagraphEditor(paragraph: resolver.runs(of: start.paragraph), date: "")
        return editor.canRevise(range) ? (start.paragraph, range) : nil
    }

    private static func overlaps(_ range: Range<Int>, _ edits: ParagraphEdits?) -> Bool {
        edits?.revisions.contains { $0.range.overlaps(range) || $0.range.lowerBound == range.lowerBound } ?? false
    }

    /// A comment's two ends: never empty where the paragraph has text (an empty range covers the
    /// character after it, or the one before at the end); a range that ends at a line's start ends
    /// on the line before.
    private static func anchors(_ item: ReviewItem, resolver: inout AnchorResolver)
        -> (AnchorResolver.Anchor, AnchorResolver.Anchor)?
    {
        var endPosition = item.range.end
        if endPosition.line > item.range.start.line, endPosition.column <= 1,
           resolver.lines.indices.contains(endPosition.line - 2) {
            endPosition = SourcePosition(line: endPosition.line - 1, column: resolver.lines[endPosition.line - 2].count + 1)
        }
        guard var start = resolver.anchor(item.range.start, isEnd: false),
              var end = resolver.anchor(endPosition, isEnd: true) ?? Optional(start) else { return nil }
        if start.paragraph == end.paragraph, end.offset <= start.offset {
            let length = resolver.runs(of: start.paragraph).text.count
            if start.offset < length {
                end.offset = start.offset + 1
            } else if start.offset > 0 {
                start.offset -= 1
                end.offset = start.offset + 1
            }
        }
        return (start, end)
    }

    /// ISO 8601 in UTC to the second, as Word writes `w:date`.
    static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension WordReview {
    /// The whole review of a Word draft as the CLI and the server run it: the draft's parts taken out
    /// with the reader's guards, `plan` applied to its findings, the result packed as a `.docx`.
    /// Throws the reader's `ReadError` for a damaged package and `ReviewError` for one it cannot review.
    public static func reviewedPackage(
        data: Data, path: String, document: SourceDocument, diagnostics: [Diagnostic], plan: ReviewPlan, date: Date
    ) throws -> (data: Data, outcome: ReviewOutcome) {
        let parts = try WordPackage(data: data, path: path).allParts()
        let outcome = try review(parts: parts, document: document, items: plan.items(for: diagnostics, lines: document.lines), date: date)
        return (try ReviewPackage.zip(outcome.parts, date: date), outcome)
    }
}
