import ReportModel

/// Formats a list counter the way Word displays a `w:numFmt`.
enum ListNumberFormat {
    static func format(_ value: Int, as format: String, custom: String? = nil) -> String {
        switch format {
        case "chineseCounting", "chineseLegalSimplified", "japaneseCounting", "taiwaneseCounting":
            return ChineseNumeral.string(for: value)
        case "chineseCountingThousand", "taiwaneseCountingThousand", "ideographTraditional":
            return ChineseNumeral.string(for: value)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
            return String(String(value).compactMap { $0.wholeNumberValue.map { digits[$0] } })
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalZero":
            return value < 10 ? "0\(value)" : String(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? String(Character(Unicode.Scalar(0x2460 + value - 1)!)) : String(value)
        case "upperLetter", "lowerLetter":
            let base = format == "upperLetter" ? 0x41 : 0x61
            let letter = Character(Unicode.Scalar(base + (value - 1) % 26)!)
            return String(repeating: String(letter), count: (value - 1) / 26 + 1)
        case "upperRoman", "lowerRoman":
            let roman = Self.roman(value)
            return format == "upperRoman" ? roman : roman.lowercased()
        case "custom":
            return formatCustom(value, custom: custom ?? "")
        case "none", "bullet":
            return ""
        default:
            return String(value)
        }
    }

    /// A custom format (`w14` extension) names its sequence by example: `一, 二, 三, ...`, `001, 002, ...`.
    private static func formatCustom(_ value: Int, custom: String) -> String {
        let first = custom.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if first.first.map(ChineseNumeral.isNumeral) == true { return ChineseNumeral.string(for: value) }
        if first.count > 1, first.allSatisfy({ $0 == "0" || $0 == "1" }) {
            let digits = String(value)
            return String(repeating: "0", count: max(0, first.count - digits.count)) + digits
        }
        return String(value)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (amount, letters) in table {
            while rest >= amount { result += letters; rest -= amount }
        }
        return result
    }
}
