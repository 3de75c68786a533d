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
