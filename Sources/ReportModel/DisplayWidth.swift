/// How many columns text takes in a terminal or a spreadsheet (the human lint output's rulers, the
/// rules list, the XLSX writer's column widths): East Asian wide and full-width characters (汉字, "　",
/// "，", "（") take two, combining marks none, everything else one (ambiguous-width characters such
/// as “ ” count one, as most terminals draw them).
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        guard let second = scalars.next() else { return width(ofCharacter: first) }
        // A cluster: an emoji sequence or a variation selector 16 makes it wide; otherwise the base decides.
        if second.value == 0xFE0F || first.properties.isEmojiPresentation { return 2 }
        return width(of: first)
    }

    public static func of(_ text: some StringProtocol) -> Int { width(of: text) }

    // The usual arguments, specialised here: through the generic entry point from another module,
    // each call went through the protocol's witnesses (a thousand instructions for a table cell).
    public static func of(_ text: String) -> Int { width(of: text) }

    public static func of(_ text: Substring) -> Int { width(of: text) }

    @inline(__always)
    private static func width(of text: some StringProtocol) -> Int {
        if let width = text.withUTF8Bytes(standaloneWidth) { return width }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The width of UTF-8 text in which every scalar is a Character of its own (Chinese, ASCII,
    /// full-width marks: table cells, names), read from the bytes in one pass: the Characters' widths
    /// are the scalars'. Nil when some scalar may join another, which needs grapheme breaking.
    private static func standaloneWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        var total = 0
        var index = 0
        while index < bytes.count {
            let byte = base + index
            guard let length = UTF8Scalars.standaloneLength(at: byte) else { return nil }
            if length == 1 {
                total += 1
            } else {
                let value = UTF8Scalars.decode(at: byte).value
                total += width(ofCharacter: Unicode.Scalar(value).unsafelyUnwrapped)
            }
            index += length
        }
        return total
    }

    /// The width of a Character made of the one scalar `scalar`.
    @inline(__always) private static func width(ofCharacter scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x1F000 { return width(of: scalar) }
        return scalar.properties.isEmojiPresentation ? 2 : width(of: scalar)
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x0300 { return 1 }
        if value < 0x1100 { return (0x0300...0x036F).contains(value) ? 0 : 1 }
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return 0
            default: return 1
            }
        }
    }
}
