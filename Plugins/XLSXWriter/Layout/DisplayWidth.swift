/// Estimates how wide text shows in a spreadsheet column, since libxlsxwriter cannot autofit.
///
/// Full-width characters (Chinese, full-width punctuation and digits) count 2, everything else 1,
/// which matches Excel's column-width unit (the width of one `0` of the default font) closely enough.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += isWide(scalar) ? 2 : 1
        }
        return width
    }

    /// East Asian wide and full-width ranges (CJK, Hangul, kana, full-width forms and punctuation).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// A column width for the widest text of a column: two characters of padding, within sane bounds.
    static func columnWidth(forWidestText width: Int, minimum: Int = 6, maximum: Int = 60) -> Double {
        Double(min(max(width + 2, minimum), maximum))
    }
}
