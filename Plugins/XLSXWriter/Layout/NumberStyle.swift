import ReportModel

/// How a figure is shown: its comparator, the digits it was written with, thousands separators and a
/// percent sign, kept as an Excel number format so that the cell itself stays a plain number.
///
/// `>98.5` is the number 98.5 with the format `">"0.0`; `89.68%` is 89.68 with `0.00"%"`; `2.1` is `0.0`.
struct NumberStyle: Hashable {
    var comparator: Comparator
    var fractionDigits: Int
    var grouping: Bool
    var percent: Bool

    init(comparator: Comparator = .equal, fractionDigits: Int = 0, grouping: Bool = false, percent: Bool = false) {
        self.comparator = comparator
        self.fractionDigits = min(max(fractionDigits, 0), 15)
        self.grouping = grouping
        self.percent = percent
    }

    /// The style of `value` as written in `text`.
    init(_ value: IndicatorValue, writtenAs text: String) {
        var grouping = false
        var percent = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case ",", "，": grouping = true
            case "%", "％": percent = true
            default: break
            }
        }
        self.init(comparator: value.comparator, fractionDigits: value.fractionDigits, grouping: grouping, percent: percent)
    }

    /// A small dense number for the style, so that formats can be cached in an array instead of a
    /// dictionary (a lookup per number cell adds up at 100,000 rows).
    var slot: Int {
        let comparatorIndex = switch comparator {
        case .equal: 0
        case .greaterThan: 1
        case .greaterThanOrEqual: 2
        case .lessThan: 3
        case .lessThanOrEqual: 4
        }
        return ((comparatorIndex * 16 + fractionDigits) * 2 + (grouping ? 1 : 0)) * 2 + (percent ? 1 : 0)
    }

    static let slotCount = 5 * 16 * 4

    /// The Excel number format: `0`, `0.00`, `#,##0.0`, `">"0.0`, `"≥"0"%"`.
    var excelFormat: String {
        var format = ""
        if comparator != .equal { format += "\"\(comparator.rawValue)\"" }
        format += grouping ? "#,##0" : "0"
        if fractionDigits > 0 { format += "." + String(repeating: "0", count: fractionDigits) }
        if percent { format += "\"%\"" }
        return format
    }
}
