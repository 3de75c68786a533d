import ReportPluginKit
import ReportModel

/// A date as written (`2023年2月30日`, `二〇二三年十月三十日`, `2024年11月08日`, `2023.10.30`), with its
/// numbers read and its canonical GB/T 9704 form (`2023年10月30日`).
struct WrittenDate {
    var year: Int?
    var month: Int
    var day: Int?
    /// Scalar offsets of the date in the text it was found in.
    var range: Range<Int>

    /// The form GB/T 9704 prescribes for a 成文日期: Arabic numerals, no leading zeros.
    var canonical: String {
        (year.map { "\($0)年" } ?? "") + "\(month)月" + (day.map { "\($0)日" } ?? "")
    }

    /// Whether the month and day exist.
    var exists: Bool {
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        return day >= 1 && day <= CivilCalendar.days(inMonth: month, year: year)
    }

    /// Every Arabic-numeral date in `text` (`2023年2月30日`, `13月`, `2月30日`); a bare number before
    /// 月龄 or after a decimal point is not a month.
    static func arabicDates(in text: RuleText) -> [WrittenDate] {
        let scalars = text.scalars
        var dates: [WrittenDate] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCIIDigit, index == 0 || !(scalars[index - 1].isASCIIDigit || scalars[index - 1] == ".") else {
                index += 1
                continue
            }
            let start = index
            var (number, end) = readNumber(scalars, from: index)
            var year: Int?
            if end < scalars.count, scalars[end] == "年", end - start == 4 {
                year = number
                guard end + 1 < scalars.count, scalars[end + 1].isASCIIDigit else { index = end + 1; continue }
                (number, end) = readNumber(scalars, from: end + 1)
            }
            // A month has at most two digits (`20219月` is a year that lost its 年, not a month).
            let monthStart = year == nil ? start : start + 5
            guard end < scalars.count, scalars[end] == "月", end - monthStart <= 2,
                  end + 1 >= scalars.count || (scalars[end + 1] != "龄" && scalars[end + 1] != "份" || year != nil)
            else {
                index = end
                continue
            }
            let month = number
            var day: Int?
            var stop = end + 1
            if stop < scalars.count, scalars[stop].isASCIIDigit {
                let (value, dayEnd) = readNumber(scalars, from: stop)
                if dayEnd < scalars.count, scalars[dayEnd] == "日" || scalars[dayEnd] == "号", dayEnd - stop <= 2 {
                    day = value
                    stop = dayEnd + 1
                }
            }
            dates.append(WrittenDate(year: year, month: month, day: day, range: start..<stop))
            index = stop
        }
        return dates
    }

    private static func readNumber(_ scalars: ScannedScalars, from start: Int) -> (Int, Int) {
        var value = 0
        var end = start
        while end < scalars.count, let digit = scalars[end].digitValue, end - start < 9 {
            value = value * 10 + digit
            end += 1
        }
        return (value, end)
    }

    /// Reads a whole 成文日期 field: Arabic or full-width digits, Chinese numerals, or 2023.10.30 /
    /// 2023-10-30 / 2023/10/30. Returns nil when the text is not a date.
    static func field(_ text: RuleText) -> WrittenDate? {
        let scalars = text.scalars
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "　" { start += 1 }
        var end = scalars.count
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "　" { end -= 1 }
        guard start < end else { return nil }
        var numbers: [Int] = []
        var separators: [Unicode.Scalar] = []
        var position = start
        while position < end {
            if scalars[position].digitValue != nil {
                var value = 0
                while position < end, let digit = scalars[position].digitValue {
                    value = value * 10 + digit
                    position += 1
                }
                numbers.append(value)
            } else if let yearDigit = chineseYearDigit(scalars[position]), separators.isEmpty {
                var value = yearDigit
                position += 1
                while position < end, let digit = chineseYearDigit(scalars[position]) {
                    value = value * 10 + digit
                    position += 1
                }
                numbers.append(value)
            } else if isChineseNumeral(scalars[position]) {
                var numeral = String.UnicodeScalarView()
                while position < end, isChineseNumeral(scalars[position]) {
                    numeral.append(scalars[position])
                    position += 1
                }
                guard let value = ChineseNumeral.value(of: String(numeral)) else { return nil }
                numbers.append(value)
            } else {
                separators.append(scalars[position])
                position += 1
            }
        }
        guard numbers.count == 3, numbers[0] >= 1000 else { return nil }
        let written = separators.map { String($0) }.joined()
        guard ["年月日", "年月号", "..", "--", "//", "．．"].contains(written) else { return nil }
        return WrittenDate(year: numbers[0], month: numbers[1], day: numbers[2], range: start..<end)
    }

    private static let digits = Array("一二三四五六七八九".unicodeScalars)

    private static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        "一二三四五六七八九十".unicodeScalars.contains(scalar)
    }

    /// A digit of a year written in Chinese numerals (二〇二三): 〇 ○ 零 and 一…九.
    private static func chineseYearDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零", "Ｏ", "O": return 0
        default:
            guard let index = digits.firstIndex(of: scalar) else { return nil }
            return index + 1
        }
    }
}
