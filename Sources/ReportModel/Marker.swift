/// How a heading's number was written. GB/T 9704-2012 prescribes 一、 → （一） → 1. → （1）;
/// drafts also use the other forms, which rules report.
public enum MarkerStyle: String, Hashable, Sendable, Codable, CaseIterable {
    /// 一、
    case chineseComma
    /// （一） with full-width brackets
    case chineseFullWidthParen
    /// (一) with half-width brackets
    case chineseHalfWidthParen
    /// 1.
    case arabicDot
    /// 1． with a full-width full stop
    case arabicFullWidthDot
    /// 1、
    case arabicComma
    /// （1） with full-width brackets
    case arabicFullWidthParen
    /// (1) with half-width brackets
    case arabicHalfWidthParen

    /// The level GB/T 9704 gives this family of marker: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.
    public var standardLevel: Int {
        switch self {
        case .chineseComma: 1
        case .chineseFullWidthParen, .chineseHalfWidthParen: 2
        case .arabicDot, .arabicFullWidthDot, .arabicComma: 3
        case .arabicFullWidthParen, .arabicHalfWidthParen: 4
        }
    }

    /// The standard style for a level (1–4).
    public static func standard(forLevel level: Int) -> MarkerStyle {
        switch level {
        case 1: .chineseComma
        case 2: .chineseFullWidthParen
        case 3: .arabicDot
        default: .arabicFullWidthParen
        }
    }

    /// Whether the ordinal is written with Chinese numerals.
    public var usesChineseNumerals: Bool {
        switch self {
        case .chineseComma, .chineseFullWidthParen, .chineseHalfWidthParen: true
        default: false
        }
    }

    /// Writes `ordinal` in this style: `format(3)` of `.chineseFullWidthParen` is `（三）`.
    public func format(_ ordinal: Int) -> String {
        let numeral = usesChineseNumerals ? ChineseNumeral.string(for: ordinal) : String(ordinal)
        switch self {
        case .chineseComma: return numeral + "、"
        case .chineseFullWidthParen, .arabicFullWidthParen: return "（" + numeral + "）"
        case .chineseHalfWidthParen, .arabicHalfWidthParen: return "(" + numeral + ")"
        case .arabicDot: return numeral + "."
        case .arabicFullWidthDot: return numeral + "．"
        case .arabicComma: return numeral + "、"
        }
    }
}

/// A section's number as written: `（三）` is level 2, ordinal 3, style `.chineseFullWidthParen`.
///
/// `level` is the level the heading holds in the outline, which is usually the style's standard
/// level; a stray `（5）` among `（四）（六）` keeps level 2 and ordinal 5, and `raw` keeps what was typed.
public struct Marker: Hashable, Sendable, Codable {
    /// The marker exactly as written, including trailing punctuation such as `（一）、`.
    public var raw: String
    public var range: SourceRange
    // Stored narrow (40 bytes rather than 56): every section and numbered item carries a marker.
    @Narrow<Int32> public var ordinal: Int
    @Narrow<UInt8> public var level: Int
    public var style: MarkerStyle

    public init(level: Int, style: MarkerStyle, ordinal: Int, raw: String, range: SourceRange) {
        self.raw = raw
        self.range = range
        self.ordinal = ordinal
        self.level = level
        self.style = style
    }

    /// The marker GB/T 9704 expects at this level and ordinal.
    public var standardText: String { MarkerStyle.standard(forLevel: level).format(ordinal) }
}
