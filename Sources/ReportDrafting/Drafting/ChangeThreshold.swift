import Foundation

extension PreviousYear {
    /// The largest threshold accepted: a figure may grow tenfold before a clerk need not look.
    static let largestThresholdPercent: Decimal = 1000

    /// `20%`, `20`, `12.5％` (a full-width sign and digits too) as a share (0.2); nil unless it is a
    /// number of percent above 0 and at most 1000.
    public static func threshold(parsing text: String) -> Decimal? {
        var digits = String(text.trimmingCharacters(in: .whitespaces).map { character -> Character in
            guard let scalar = character.unicodeScalars.first, (0xFF10...0xFF19).contains(scalar.value) || scalar == "．" else {
                return character
            }
            return scalar == "．" ? "." : Character(UnicodeScalar(scalar.value - 0xFF10 + 0x30)!)
        })
        if digits.hasSuffix("%") || digits.hasSuffix("％") { digits.removeLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1, digits.first != ".", digits.last != ".",
              let percent = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")),
              percent > 0, percent <= largestThresholdPercent
        else { return nil }
        return percent / 100
    }

    /// Why `text` is not a threshold, in Chinese.
    public static func thresholdError(_ text: String) -> String {
        "--change-threshold 应为大于 0、不超过 1000 的百分数，如 20%，这里是“\(text)”"
    }
}
