/// Where the issuer (发文机关署名) and the date (成文日期) of an unsealed document go (GB/T 9704
/// 7.3.5.2): the date right-aligned, four characters in from the right edge of the type area, and the
/// issuer centred over it. An issuer much longer than the date keeps two characters from the edge,
/// and the date moves left to stay centred under it.
struct SignatureBlock {
    /// Right indents in characters of the body size.
    let issuerRight: Double
    let dateRight: Double

    init(issuer: String?, date: String?) {
        let issuerWidth = issuer.map { WordXML.width($0) }
        let dateWidth = date.map { WordXML.width($0) }
        guard let issuerWidth, let dateWidth else {
            issuerRight = 4
            dateRight = 4
            return
        }
        let date = max(4, 2 + (issuerWidth - dateWidth) / 2)
        dateRight = date
        issuerRight = date + (dateWidth - issuerWidth) / 2
    }

    var issuerIndent: String { Self.rightIndent(issuerRight) }
    var dateIndent: String { Self.rightIndent(dateRight) }

    /// `w:ind` in characters (Word) and in twips of the grid's character pitch (LibreOffice).
    private static func rightIndent(_ characters: Double) -> String {
        let twips = Int((characters * Double(GBT9704Layout.characterPitch)).rounded())
        return "<w:ind w:right=\"\(twips)\" w:rightChars=\"\(Int((characters * 100).rounded()))\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
    }
}
