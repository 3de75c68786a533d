import Foundation

/// The document's 成文日期 as the workbook's creation time, so the same report always gives the same file.
enum ReportDate {
    /// 2000-01-01 00:00 UTC, used when the report has no readable date (libxlsxwriter takes 0 to mean
    /// "now", which would make every file different).
    static let fallback: time_t = 946_684_800

    /// Today's local date, for judging a target period when the report gives neither date nor year.
    static func today() -> (year: Int, month: Int, day: Int) {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 2000, parts.month ?? 1, parts.day ?? 1)
    }

    /// Midnight UTC of a date written `2023年10月30日`, `2023年1月5日`, with full-width digits, or in
    /// Chinese numerals (`二〇二三年十月三十日`); nil when the text holds no such date.
    static func timestamp(from text: String) -> time_t? {
        let text = text.applyingASCIIDigits()
        guard let year = number(before: "年", in: text, digits: 4),
              let month = number(before: "月", in: text, digits: 2),
              let day = number(before: "日", in: text, digits: 2),
              (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return time_t(daysFromCivil(year: year, month: month, day: day) * 86_400)
    }

    /// The digits directly before `mark`.
    private static func number(before mark: Character, in text: String, digits: Int) -> Int? {
        guard let index = text.firstIndex(of: mark) else { return nil }
        let prefix = text[..<index].reversed().prefix { $0.isASCII && $0.isNumber }
        guard !prefix.isEmpty, prefix.count <= digits else { return nil }
        return Int(String(prefix.reversed()))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension String {
    /// Full-width digits and Chinese numerals in dates (〇一二…十) turned into ASCII digits:
    /// `二〇二三年十月三十日` becomes `2023年10月30日`.
    fileprivate func applyingASCIIDigits() -> String {
        let digits: [Character: Int] = [
            "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        ]
        var result = ""
        var run: [Character] = []
        func flush() {
            guard !run.isEmpty else { return }
            if run.contains("十") {
                // 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31
                let parts = run.split(separator: "十", omittingEmptySubsequences: false)
                let tens = parts[0].isEmpty ? 1 : (digits[parts[0][0]] ?? 0)
                let ones = parts.count > 1 && !parts[1].isEmpty ? (digits[parts[1][0]] ?? 0) : 0
                result += String(tens * 10 + ones)
            } else {
                result += run.map { String(digits[$0] ?? 0) }.joined()
            }
            run.removeAll()
        }
        for character in self {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
               (0xFF10...0xFF19).contains(scalar.value) {
                flush()
                result.append(Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!))
            } else if digits[character] != nil || character == "十" {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
