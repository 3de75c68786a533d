import Foundation
import ReportModel
import ReportQuantities

/// How the figure rules write numbers in their messages.
enum FigureFormatting {
    /// `value` (in base units) written in `unit` with `fractionDigits` places: `98215人`, `5.77%`.
    static func text(_ value: Decimal, in unit: QuantityUnit, fractionDigits: Int) -> String {
        (value / unit.scale).formatted(fractionDigits: fractionDigits) + unit.text
    }

    /// A plain number with `fractionDigits` places and no trailing unit.
    static func number(_ value: Decimal, fractionDigits: Int) -> String {
        value.formatted(fractionDigits: fractionDigits)
    }

    /// The precision to write a computed figure with: that of the figure it corrects, and at least
    /// `minimum` places.
    static func digits(like quantity: Quantity, minimum: Int = 0) -> Int {
        Swift.max(quantity.fractionDigits, minimum)
    }
}
