import ReportModel

/// Column widths for text, since libxlsxwriter cannot autofit: the text's display width (full-width
/// characters count two, as in a terminal), which matches Excel's column-width unit (the width of
/// one `0` of the default font) closely enough.
extension DisplayWidth {
    /// A column width for the widest text of a column: two characters of padding, within sane bounds.
    static func columnWidth(forWidestText width: Int, minimum: Int = 6, maximum: Int = 60) -> Double {
        Double(min(max(width + 2, minimum), maximum))
    }
}
