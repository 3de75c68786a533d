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
        var values: [IndicatorValue] = []
        values.reserveCapacity(parts.count)
        for part in parts {
            guard let part, part.comparator == .equal else { return nil }
            values.append(part)
        }
        guard exactlyAddUp(values, to: parent) ?? addUp(values, to: parent) else { return nil }
        let letter = CellReference.column(column.rawValue)
        let contiguous = zip(rows, rows.dropFirst()).allSatisfy { $1 == $0 + 1 }
        let arguments = contiguous
            ? "\(letter)\(rows[0] + 1):\(letter)\(rows[rows.count - 1] + 1)"
            : rows.map { "\(letter)\($0 + 1)" }.joined(separator: ",")
        return FormulaCell(formula: "SUM(\(arguments))", cachedValue: DecimalConversion.double(parent.value))
    }

    /// Whether `parts` add up to `parent` within half a unit of its last digit, in `Decimal`.
    static func addUp(_ parts: [IndicatorValue], to parent: IndicatorValue) -> Bool {
        var difference = parent.value - parts.reduce(Decimal(0)) { $0 + $1.value }
        if difference < 0 { difference = -difference }
        return difference <= Decimal(sign: .plus, exponent: -(parent.fractionDigits + 1), significand: 5)
    }

    /// The same test in exact scaled integers (a Decimal sum costs thousands of instructions, and a
    /// long appendix has one for every group of 其中 rows); nil when a value does not fit them.
    static func exactlyAddUp(_ parts: [IndicatorValue], to parent: IndicatorValue) -> Bool? {
        guard var difference = parent.exactValue else { return nil }
        for part in parts {
            guard let value = part.exactValue, let next = difference - value else { return nil }
            difference = next
        }
        guard difference.significand != .min else { return nil }
        difference.significand = abs(difference.significand)
        let tolerance = ScaledDecimal(significand: 5, exponent: -(parent.fractionDigits + 1))
        guard let order = ScaledDecimal.compare(difference, tolerance) else { return nil }
        return order <= 0
    }
}
