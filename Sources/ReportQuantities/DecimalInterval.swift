import Foundation

/// A closed interval of `Decimal`s: the values a rounded figure may stand for.
///
/// A figure written `5.77` stands for anything in [5.765, 5.775]; arithmetic on intervals tells
/// whether written figures can be consistent, which is how the rounding of every figure is honoured.
public struct DecimalInterval: Hashable, Sendable, Codable {
    public var lower: Decimal
    public var upper: Decimal

    public init(lower: Decimal, upper: Decimal) {
        self.lower = Swift.min(lower, upper)
        self.upper = Swift.max(lower, upper)
    }

    public init(_ value: Decimal, plusMinus radius: Decimal) {
        self.init(lower: value - radius, upper: value + radius)
    }

    /// The interval holding exactly `value`.
    public init(exactly value: Decimal) { self.init(lower: value, upper: value) }

    public var midpoint: Decimal { (lower + upper) / 2 }

    public func contains(_ value: Decimal) -> Bool { lower <= value && value <= upper }

    public func overlaps(_ other: DecimalInterval) -> Bool { lower <= other.upper && other.lower <= upper }

    /// Whether every value of the interval is above zero.
    public var isPositive: Bool { lower > 0 }

    public static func + (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval {
        DecimalInterval(lower: lhs.lower + rhs.lower, upper: lhs.upper + rhs.upper)
    }

    public static func - (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval {
        DecimalInterval(lower: lhs.lower - rhs.upper, upper: lhs.upper - rhs.lower)
    }

    public static func * (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval {
        let corners = [lhs.lower * rhs.lower, lhs.lower * rhs.upper, lhs.upper * rhs.lower, lhs.upper * rhs.upper]
        return DecimalInterval(lower: corners.min()!, upper: corners.max()!)
    }

    /// The quotient, or nil when the divisor's interval holds zero.
    public static func / (lhs: DecimalInterval, rhs: DecimalInterval) -> DecimalInterval? {
        guard rhs.lower > 0 || rhs.upper < 0 else { return nil }
        if rhs.lower > 0 {
            // x / y with y > 0 rises with x, and falls with y for x ≥ 0 (rises for x < 0): two
            // divisions find the corners the four would.
            let lower = lhs.lower >= 0 ? lhs.lower / rhs.upper : lhs.lower / rhs.lower
            let upper = lhs.upper >= 0 ? lhs.upper / rhs.lower : lhs.upper / rhs.upper
            return DecimalInterval(lower: lower, upper: upper)
        }
        let corners = [lhs.lower / rhs.lower, lhs.lower / rhs.upper, lhs.upper / rhs.lower, lhs.upper / rhs.upper]
        return DecimalInterval(lower: corners.min()!, upper: corners.max()!)
    }

    /// The sum of several intervals (the interval of 0 for none).
    public static func sum(_ intervals: [DecimalInterval]) -> DecimalInterval {
        intervals.reduce(DecimalInterval(exactly: 0), +)
    }
}
