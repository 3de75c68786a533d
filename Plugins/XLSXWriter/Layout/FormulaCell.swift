import Foundation
import ReportModel

/// The SUM formulas of one parent row.
struct RowFormulas {
    var target: FormulaCell?
    var actual: FormulaCell?
}

/// A `SUM` of a parent's `其中` rows, with the model's value to cache.
struct FormulaCell {
    var formula: String
    var cachedValue: Double

    /// The formula when the parts add up to the parent (within half a unit of the parent's last written
    /// digit, in `Decimal` arithmetic); nil when a value is missing, carries a comparator, or does not add up.
    static func sum(
        column: IndicatorSheetLayout.Column, parent: IndicatorValue?, parts: [IndicatorValue?], rows: [Int]
    ) -> FormulaCell? {
        guard let parent, parent.comparator == .equal, !parts.isEmpty else { return nil }
        var total = Decimal(0)
        for part in parts {
            guard let part, part.comparator == .equal else { return nil }
            total += part.value
        }
        var difference = parent.value - total
        if difference < 0 { difference = -difference }
        let tolerance = Decimal(sign: .plus, exponent: -(parent.fractionDigits + 1), significand: 5)
        guard difference <= tolerance else { return nil }
        let letter = CellReference.column(column.rawValue)
        let contiguous = zip(rows, rows.dropFirst()).allSatisfy { $1 == $0 + 1 }
        let arguments = contiguous
            ? "\(letter)\(rows[0] + 1):\(letter)\(rows[rows.count - 1] + 1)"
            : rows.map { "\(letter)\($0 + 1)" }.joined(separator: ",")
        return FormulaCell(formula: "SUM(\(arguments))", cachedValue: DecimalConversion.double(parent.value))
    }
}
