import ReportModel

/// The text of a table cell: trimmed of the spaces around it and unescaped, scalar by scalar
/// (Foundation's `trimmingCharacters` made table reading ten times slower than prose).
enum CellText {
    /// Whether `scalar` is trimmed from a cell's ends: Unicode's space separators (Zs), the tab and
    /// the zero-width space — what `CharacterSet.whitespaces` holds.
    @inline(__always)
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether `scalar` counts as indentation before a cell's text: a space or a full-width space.
    @inline(__always)
    static func isIndent(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{3000}" }

    /// The scalars of a cell without the spaces around it, and how many spaces or full-width spaces
    /// came before its text.
    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> (leading: Int, text: ArraySlice<Unicode.Scalar>) {
        let leading = scalars.prefix(while: isIndent).count
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return (leading, []) }
        return (leading, scalars[first...last])
    }

    /// `piece` without the spaces around it (as a String), and how many spaces or full-width spaces
    /// came before its text.
    static func trimmed(_ piece: Substring) -> (text: String, leading: Int) {
        let scalars = piece.unicodeScalars
        let leading = scalars.prefix(while: isIndent).count
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return ("", leading) }
        return (String(scalars[first...last]), leading)
    }

    /// A cell's scalars with each `\` escape resolved to the scalar it escapes; a `\` at the very
    /// end stays.
    static func unescaped(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var escaped = false
        for scalar in scalars {
            if !escaped, scalar == "\\" {
                escaped = true
            } else {
                result.append(scalar)
                escaped = false
            }
        }
        if escaped { result.append("\\") }
        return result
    }
}
