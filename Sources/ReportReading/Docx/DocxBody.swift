/// One block of a Word document's body, in document order.
enum DocxBlock {
    /// A paragraph: its text (runs joined) and the properties that decide its label and level.
    case paragraph(DocxParagraph)
    /// A table: rows of cell texts, a merged cell's continuation left empty; the notes and text
    /// boxes its cells refer to follow it.
    case table([[String]], notes: [DocxNoteReference])
}

/// A body paragraph as read from `w:p`.
struct DocxParagraph {
    /// The text Word shows, without the list label; a soft line break (`w:br`, `w:cr`) is `\n`.
    var text = ""
    /// The list label Word displays before the text (`一、`, `（一）`), which is not in the text.
    var label = ""
    var styleID: String?
    var numId: String?
    var ilvl: Int?
    var outlineLevel: Int?
    /// The footnotes, endnotes and text boxes the paragraph holds or refers to, in order.
    var notes: [DocxNoteReference] = []
    /// The 0-based index of the paragraph among the body's `w:p` elements outside tables (what
    /// python-docx's `Document.paragraphs` counts); nil for a note's or a text box's paragraph.
    var bodyIndex: Int?
}

/// A footnote or endnote reference (by its `w:id` in the notes part), or a text box's paragraphs,
/// met in a paragraph.
enum DocxNoteReference {
    case footnote(id: String)
    case endnote(id: String)
    case textBox([DocxParagraph])
}

/// What the body holds that the report leaves out, counted so that `render` can say so.
struct DocxOmissions {
    /// Runs of hidden text (`w:vanish`).
    var hiddenRuns = 0
    /// Tracked deletions (`w:del`, `w:moveFrom`), not read: the text is read with changes accepted.
    var deletions = 0
    /// Tracked insertions (`w:ins`, `w:moveTo`), read as text.
    var insertions = 0
    /// Comment references (`w:commentReference`).
    var comments = 0
}
