import ReportModel

/// Formats a list counter the way Word displays a `w:numFmt`.
enum ListNumberFormat {
    static func format(_ value: Int, as format: String, custom: String? = nil) -> String {
        switch format {
        case "chineseCounting", "japaneseCounting", "taiwaneseCounting":
            return ChineseNumeral.string(for: value)
        case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCountingThousand":
            return counting(value, digits: Array("〇一二三四五六七八九"), units: ["", "十", "百", "千"])
        case "chineseLegalSimplified":
            return counting(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], legal: true)
        case "ideographLegalTraditional":
            return counting(value, digits: Array("零壹貳參肆伍陸柒捌玖"), units: ["", "拾", "佰", "仟"], legal: true)
        case "ideographTraditional":
            // The ten heavenly stems; Word goes on in decimal past the tenth.
            return cycle(value, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac":
            return cycle(value, Array("子丑寅卯辰巳午未申酉戌亥"))
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

    /// 1 … 9999 in Chinese counting (一百零五, 两千 written 二千 as Word does); legal forms keep 壹拾 for 10–19.
    private static func counting(_ value: Int, digits: [Character], units: [String], legal: Bool = false) -> String {
        guard value > 0, value < 10000 else { return String(value) }
        let places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        var result = ""
        var pendingZero = false
        for (index, digit) in places.enumerated() {
            let unit = units[3 - index]
            if digit == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { result.append(digits[0]) }
            pendingZero = false
            // 十一, not 一十一, when ten leads; but 一百一十一 inside a larger number, and 壹拾 always.
            if !(digit == 1 && unit == units[1] && result.isEmpty && !legal) { result.append(digits[digit]) }
            result += unit
        }
        return result
    }

    private static func cycle(_ value: Int, _ symbols: [Character]) -> String {
        (1...symbols.count).contains(value) ? String(symbols[value - 1]) : String(value)
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
