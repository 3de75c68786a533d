/// The page and type of GB/T 9704-2012 (党政机关公文格式) in Word's units: twips (1/20 pt) for lengths,
/// half-points for font sizes.
enum GBT9704Layout {
    /// Millimetres to twips (1 mm = 56.7 twips), rounded.
    static func twips(millimetres: Double) -> Int { Int((millimetres * 56.7).rounded()) }

    /// A4.
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let marginTop = twips(millimetres: 37)
    static let marginBottom = twips(millimetres: 35)
    static let marginLeft = twips(millimetres: 28)
    static let marginRight = twips(millimetres: 26)
    static var textWidth: Int { pageWidth - marginLeft - marginRight }
    static var textHeight: Int { pageHeight - marginTop - marginBottom }

    /// The standard's type area: 22 lines of 28 characters.
    static let linesPerPage = 22
    static let charactersPerLine = 28
    /// The document grid's line pitch in twips: the text height shared by 22 lines, rounded down.
    static var linePitch: Int { textHeight / linesPerPage }
    /// The document grid's character pitch as Word writes it: the difference from the body font size
    /// in 1/4096 pt, rounded so that 28 characters fit the text width (never 27).
    static var characterSpace: Int {
        let pitchInPoints = Double(textWidth) / 20 / Double(charactersPerLine)
        return Int(((pitchInPoints - Double(bodySize) / 2) * 4096).rounded(.down))
    }
    /// Characters condensed by ½ pt (in twentieths of a point), and paragraphs not snapped to the
    /// character grid: LibreOffice gives a character wider than a grid cell two cells (14 a line)
    /// where Word squeezes it into one, so the 28 characters come from the spacing, in both: 28 × 15.5 pt
    /// fit the 442 pt line, 29 do not. The grid still tells Word's page setup "28 characters, 22 lines".
    static let characterCondensing = -10

    /// One character of the grid, in twips (for indents LibreOffice reads in twips).
    static var characterPitch: Int { textWidth / charactersPerLine }

    /// The page number: 四号 (14 pt) on an exact 14-pt line whose top sits 7 mm below the text block,
    /// so the footer's bottom is that much above the page's bottom edge.
    static let pageNumberLine = 280
    static var footerDistance: Int { marginBottom - twips(millimetres: 7) - pageNumberLine }

    /// 三号 (16 pt) for the body, 二号 (22 pt) for the title, 四号 (14 pt) in tables, in half-points.
    static let bodySize = 32
    static let titleSize = 44
    static let tableSize = 28
    /// Fixed 28-point line spacing, in twips.
    static let lineSpacing = 560
    /// Two characters of the body font (16 pt each), in twips, for LibreOffice, which ignores `firstLineChars`.
    static let firstLineIndent = 640

    static let bodyFont = "仿宋_GB2312"
    static let titleFont = "方正小标宋简体"
    static let headingFonts = ["黑体", "楷体_GB2312", bodyFont, bodyFont]
    static let latinFont = "Times New Roman"
}
