/// The ids of ReportKit's own paragraph and table styles. All start with `RK` so that none is also
/// the id of a Word built-in style (Word's `BodyText`, `Signature`, `Date` and `Footer` exist in
/// most templates, formatted for other purposes).
enum StyleID {
    static let body = "RKBody"
    static let documentNumber = "RKDocNumber"
    static let title = "RKTitle"
    static let recipients = "RKRecipients"
    static let attachmentNote = "RKAttachmentNote"
    static let signature = "RKSignature"
    static let date = "RKDate"
    static let attachmentLabel = "RKAttachmentLabel"
    static let attachmentTitle = "RKAttachmentTitle"
    static let tableText = "RKTableText"
    static let tableHeading = "RKTableHeading"
    static let pageNumber = "RKPageNumber"
    static let table = "RKTable"
}
