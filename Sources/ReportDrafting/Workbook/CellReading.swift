import Foundation
import ReportModel
import ReportReading
import ReportScheme

/// One sheet of the filled form, read cell by cell; every problem is collected, not thrown, so that
/// the district sees all of them at once.
struct SheetCells {
    let sheet: SpreadsheetSheet
    let path: String
    private(set) var errors: [DraftingError] = []

    init(_ sheet: SpreadsheetSheet, path: String) {
        self.sheet = sheet
        self.path = path
    }

    var name: String { sheet.name }

    func location(_ row: Int, _ column: Int) -> DataLocation {
        DataLocation(line: row, column: column, sheet: sheet.name)
    }

    mutating func fail(_ row: Int, _ column: Int, _ detail: String) {
        errors.append(DraftingError(path: path, at: location(row, column), detail: detail))
    }

    /// Whether the row has nothing in the given columns.
    func isBlank(_ row: Int, columns: ClosedRange<Int>) -> Bool {
        columns.allSatisfy { text(row, $0) == nil }
    }

    /// The cell as text (numbers as written), trimmed; nil when empty.
    func text(_ row: Int, _ column: Int) -> String? {
        let result: String
        switch sheet[row, column] {
        case nil: return nil
        case .text(let text): result = text
        case .number(let lexical, _): result = lexical
        case .boolean(let value): result = value ? "TRUE" : "FALSE"
        case .error(let code): result = code
        }
        let trimmed = result.trimmingCharacters(in: Self.blanks)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Text with each line trimmed (Excel's `\r\n` and Alt+Enter's `\n` alike).
    func paragraphs(_ row: Int, _ column: Int) -> [String] {
        guard case .text(let text)? = sheet[row, column] else { return text(row, column).map { [$0] } ?? [] }
        return DistrictDataLoader.paragraphs(text.replacingOccurrences(of: "\r", with: "\n"))
    }

    /// A number cell, or text that is a number (`24.10`, `1,234`), not negative; an error naming the
    /// column otherwise.
    mutating func quantity(_ row: Int, _ column: Int, _ what: String) -> Quantity? {
        guard let quantity = anyQuantity(row, column, what) else { return nil }
        guard quantity.value >= 0 else {
            fail(row, column, DistrictDataLoader.negativeDetail(what, quantity.text))
            return nil
        }
        return quantity
    }

    private mutating func anyQuantity(_ row: Int, _ column: Int, _ what: String) -> Quantity? {
        switch sheet[row, column] {
        case nil:
            return nil
        case .number(let lexical, let format)?:
            if let quantity = CellNumber.quantity(lexical, format: format) { return quantity }
            fail(row, column, "“\(what)”应为数字，这里是“\(lexical)”")
        case .error(let code)?:
            fail(row, column, "单元格是错误值“\(code)”（公式出错）；请改为数字")
        case .boolean?, .text?:
            guard let text = text(row, column) else { return nil }
            let halfWidth = CellNumber.halfWidth(text)
            if let (value, digits) = YAMLNode.parseDecimal(halfWidth) { return Quantity(value, fractionDigits: digits) }
            fail(row, column, "“\(what)”应为数字（不带单位），这里是“\(text)”")
        }
        return nil
    }

    /// A year (`2022`, `2022年`, a number cell), between 2000 and 2100.
    mutating func year(_ row: Int, _ column: Int, _ what: String) -> Int? {
        guard let text = text(row, column) else { return nil }
        let digits = CellNumber.halfWidth(text.hasSuffix("年") ? String(text.dropLast()) : text)
        guard let year = Int(digits.hasSuffix(".0") ? String(digits.dropLast(2)) : digits) else {
            fail(row, column, "“\(what)”应为四位数的年份，如 2022，这里是“\(text)”")
            return nil
        }
        guard (2000...2100).contains(year) else {
            fail(row, column, "“\(what)”“\(year)”不合理，应在 2000 至 2100 之间")
            return nil
        }
        return year
    }

    /// A date: text as written, an Excel date serial (a number cell) or an ISO date cell
    /// (`t="d"`, `2023-10-18T00:00:00`) as `2023年10月18日`.
    func date(_ row: Int, _ column: Int) -> String? {
        if case .number(let lexical, _)? = sheet[row, column] {
            if let serial = Double(lexical) { return CellNumber.chineseDate(serial: serial) }
            if let date = CellNumber.chineseDate(iso: lexical) { return date }
        }
        return text(row, column)
    }

    /// Spaces, the full-width space and line breaks.
    static let blanks = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}"))
}

/// Numbers as a workbook stores them.
enum CellNumber {
    /// Excel keeps 15 significant digits; more in the XML is binary noise (`0.30000000000000004`).
    static let significantDigits = 15

    /// The number written as `lexical` (`93.4`, `1.5E-3`) with the digits its cell shows: those of its
    /// number format (`0.00` shows 2) when it sets any, else those written. A percent format
    /// (`0.0%`) gives the percentage (0.934 → 93.4).
    static func quantity(_ lexical: String, format: String?) -> Quantity? {
        guard var value = Decimal(string: lexical, locale: Locale(identifier: "en_US_POSIX")), value.isFinite else {
            return nil
        }
        let shown = format.flatMap(shownDigits)
        if let format, isPercent(format) { value *= 100 }
        value = roundedToSignificant(value)
        let written = max(0, -value.exponent)
        var digits = shown.map { max($0, 0) } ?? written
        if let shown, written > shown { digits = written }
        return Quantity(value, fractionDigits: min(digits, 15))
    }

    private static func roundedToSignificant(_ value: Decimal) -> Decimal {
        guard value != 0 else { return 0 }
        let magnitude = Int((NSDecimalNumber(decimal: value < 0 ? -value : value).doubleValue).rounded(.down))
        let integerDigits = magnitude == 0 ? 0 : String(magnitude).count
        let places = max(0, significantDigits - integerDigits)
        var input = value, result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        var normalized = result
        NSDecimalCompact(&normalized)
        return normalized
    }

    /// Digits after the point a number format shows (`#,##0.00` → 2, `0` → 0); nil for `General`.
    static func shownDigits(_ format: String) -> Int? {
        let section = format.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? format
        guard section.lowercased() != "general", !section.isEmpty else { return nil }
        var quoted = false, afterPoint = false, digits = 0, sawDigit = false
        for character in section {
            if character == "\"" { quoted.toggle(); continue }
            guard !quoted else { continue }
            switch character {
            case ".": afterPoint = true
            case "0", "#", "?":
                sawDigit = true
                if afterPoint { digits += 1 }
            default: break
            }
        }
        return sawDigit ? digits : nil
    }

    static func isPercent(_ format: String) -> Bool {
        var quoted = false
        for character in format {
            if character == "\"" { quoted.toggle() } else if !quoted, character == "%" { return true }
        }
        return false
    }

    /// Full-width digits, point, comma and minus typed with a Chinese input method, made half-width.
    static func halfWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF0E, 0xFF0C, 0xFF0D: Unicode.Scalar(scalar.value - 0xFEE0)!
            default: scalar
            }
        }))
    }

    /// `2023-10-18` or `2023-10-18T00:00:00` as `2023年10月18日`.
    static func chineseDate(iso text: String) -> String? {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count >= 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return "\(year)年\(month)月\(day)日"
    }

    /// An Excel date serial (days since 1899-12-30, in the 1900 system) as `2023年10月18日`.
    static func chineseDate(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let epoch = DateComponents(calendar: calendar, year: 1899, month: 12, day: 30).date!
        guard let date = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: epoch) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year!)年\(parts.month!)月\(parts.day!)日"
    }
}
