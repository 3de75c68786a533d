/// One block of a Word document's body, in document order.
enum DocxBlock {
    /// A paragraph: its text (runs joined) and the properties that decide its label and level.
    case paragraph(DocxParagraph)
    /// A table: rows of cell texts, a merged cell's continuation left empty.
    case table([[String]])
}

/// A body paragraph as read from `w:p`.
struct DocxParagraph {
    var text = ""
    var styleID: String?
    var numId: String?
    var ilvl: Int?
    var outlineLevel: Int?
}
