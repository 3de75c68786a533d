import Foundation
import ReportModel

/// A closed interval of `ScaledDecimal`s: the fast, exact twin of `DecimalInterval`.
///
/// The figure checks ask only whether intervals overlap or lie above one another. They ask it here
/// first; where a value does not fit (`nil`), they ask `DecimalInterval` instead, which gives the
/// same answer whenever this one gives any (both are exact on such values).
package struct ExactInterval: Hashable, Sendable {
    package var lower: ScaledDecimal
    package var upper: ScaledDecimal

    /// The interval between two values in either order, or nil when they cannot be compared.
    package init?(_ a: ScaledDecimal, _ b: ScaledDecimal) {
        guard let order = ScaledDecimal.compare(a, b) else { return nil }
        (lower, upper) = order <= 0 ? (a, b) : (b, a)
    }

    package init(exactly value: ScaledDecimal) {
        lower = value
        upper = value
    }

    package static func + (lhs: ExactInterval, rhs: ExactInterval) -> ExactInterval? {
        guard let lower = lhs.lower + rhs.lower, let upper = lhs.upper + rhs.upper else { return nil }
        return ExactInterval(lower, upper)
    }

    package static func - (lhs: ExactInterval, rhs: ExactInterval) -> ExactInterval? {
        guard let lower = lhs.lower - rhs.upper, let upper = lhs.upper - rhs.lower else { return nil }
        return ExactInterval(lower, upper)
    }

    /// Whether every value of `self` is above every value of `other` (`lower > other.upper`).
    package func isAbove(_ other: ExactInterval) -> Bool? {
        ScaledDecimal.compare(lower, other.upper).map { $0 > 0 }
    }

    package func overlaps(_ other: ExactInterval) -> Bool? {
        guard let first = ScaledDecimal.compare(lower, other.upper),
              let second = ScaledDecimal.compare(other.lower, upper)
        else { return nil }
        return first <= 0 && second <= 0
    }

    /// The sum of several intervals (the interval of 0 for none), or nil on overflow.
    package static func sum<S: Sequence>(_ intervals: S) -> ExactInterval? where S.Element == ExactInterval? {
        var total = ExactInterval(exactly: ScaledDecimal(significand: 0, exponent: 0))
        for interval in intervals {
            guard let interval, let next = total + interval else { return nil }
            total = next
        }
        return total
    }

    /// The interval a figure written `number` with `fractionDigits` places may stand for: its value
    /// `number × scale × sign` ± half a unit in the last place (× scale × factor), exactly as
    /// `Quantity.interval(factor:)` computes it in `Decimal`; nil when a value does not fit.
    package static func figure(
        number: ScaledDecimal?, fractionDigits: Int, scale: ScaledDecimal?, sign: Int, factor: ScaledDecimal
    ) -> ExactInterval? {
        guard let number, (0...90).contains(fractionDigits) else { return nil }
        // Multiplying by one or by a sign is cheaper than asking whether it is needed.
        guard let scale,
              let scaled = number * scale,
              let value = scaled * ScaledDecimal(significand: Int128(sign), exponent: 0),
              let halfUnit = ScaledDecimal(significand: 5, exponent: -fractionDigits - 1) * scale,
              let radius = halfUnit * factor
        else { return nil }
        guard let lower = value - radius, let upper = value + radius else { return nil }
        return ExactInterval(lower, upper)
    }
}

extension Quantity {
    /// `interval(factor:)` exactly, in the fast arithmetic (nil when a value does not fit).
    package func exactInterval(factor: ScaledDecimal) -> ExactInterval? {
        ExactInterval.figure(
            number: exactNumber, fractionDigits: fractionDigits, scale: unit.exactScale, sign: sign, factor: factor)
    }
}
