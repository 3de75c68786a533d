import Foundation
import ReportModel
import ReportQuantities

/// The growth checks asked first in the fast exact arithmetic (`ScaledDecimal`), which answers only
/// when it is certain that `Decimal` would find nothing to report; every other case, and every
/// finding, is worked out in `Decimal` as before.
extension GrowthCheck {
    private func exact(_ quantity: Quantity) -> ExactInterval? {
        exactFactor.flatMap { quantity.exactInterval(factor: $0) }
    }

    private static func value(_ quantity: Quantity) -> ScaledDecimal? {
        ScaledDecimal.value(number: quantity.exactNumber, scale: quantity.unit.exactScale, sign: quantity.sign)
    }

    /// Whether the written increase certainly agrees with the new value and the base (or there is
    /// nothing to compare it with).
    var increaseCertainlyFits: Bool {
        guard increase != nil, let current, let base else { return true }
        guard let increase, let c = exact(current), let b = exact(base), let i = exact(increase),
              let implied = c - b
        else { return false }
        return implied.overlaps(i) ?? false
    }

    /// Whether the written rate certainly agrees with the rate the other figures imply (or they
    /// imply none): `impliedRate` overlaps the rate's interval, decided without dividing.
    var rateCertainlyFits: Bool {
        guard let rate else { return true }
        guard let r = exact(rate), let low = r.lower * Self.hundredth, let high = r.upper * Self.hundredth
        else { return false }
        if let current, let base {
            guard let c = exact(current), let one = Self.one, let low = low + one, let high = high + one else { return false }
            return Self.quotientFits(c, over: base, between: low, and: high, exact: exact)
        }
        if let current, let increase {
            guard let n = exact(current), let i = exact(increase) else { return false }
            var quotients: [(ScaledDecimal, ScaledDecimal)] = []
            for x in [i.lower, i.upper] {
                for y in [n.lower, n.upper] {
                    guard let denominator = y - x else { return false }
                    // A corner without a rate: `impliedRate` is nil.
                    if denominator.significand <= 0 { return true }
                    quotients.append((x, denominator))
                }
            }
            guard let c = Self.value(current), let v = Self.value(increase), let base = c - v else { return false }
            if base.significand <= 0 { return true }
            // min ≤ high and max ≥ low: some corner at most `high`, some corner at least `low`.
            var someBelow = false, someAbove = false
            for (x, d) in quotients {
                guard let below = ScaledDecimal.compareQuotient(x, over: d, with: high),
                      let above = ScaledDecimal.compareQuotient(x, over: d, with: low)
                else { return false }
                someBelow = someBelow || below < 0
                someAbove = someAbove || above > 0
            }
            return someBelow && someAbove
        }
        if let base, let increase {
            guard let i = exact(increase) else { return false }
            return Self.quotientFits(i, over: base, between: low, and: high, exact: exact)
        }
        return true
    }

    private static let hundredth = ScaledDecimal(significand: 1, exponent: -2)
    private static let one: ScaledDecimal? = ScaledDecimal(significand: 1, exponent: 0)

    /// `numerator / interval(base)` (as `DecimalInterval./` finds its corners for a positive divisor)
    /// overlaps [low, high], or there is no quotient: certain answers only.
    private static func quotientFits(
        _ numerator: ExactInterval, over base: Quantity, between low: ScaledDecimal, and high: ScaledDecimal,
        exact: (Quantity) -> ExactInterval?
    ) -> Bool {
        guard let value = value(base), let b = exact(base) else { return false }
        // `ratio` gives no rate for a base that is not positive, nor `/` for a divisor holding zero.
        if value.significand <= 0 { return true }
        if b.lower.significand <= 0 { return b.upper.significand >= 0 }
        let lowerOverUpper = numerator.lower.significand >= 0
        let upperOverLower = numerator.upper.significand >= 0
        guard let below = ScaledDecimal.compareQuotient(
                numerator.lower, over: lowerOverUpper ? b.upper : b.lower, with: high),
              let above = ScaledDecimal.compareQuotient(
                numerator.upper, over: upperOverLower ? b.lower : b.upper, with: low)
        else { return false }
        return below < 0 && above > 0
    }
}
