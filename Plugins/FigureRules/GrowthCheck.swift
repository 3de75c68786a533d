import Foundation
import ReportModel
import ReportQuantities

/// The arithmetic of a growth statement on rounded figures: what the increase and the rate may
/// be, given the intervals the written new value, base and increase stand for.
struct GrowthCheck {
    var current: Quantity?
    var base: Quantity?
    var increase: Quantity?
    var rate: Quantity?
    var factor: Decimal
    /// `factor` in the fast exact arithmetic (see `ExactGrowthCheck.swift`).
    var exactFactor: ScaledDecimal?

    init?(_ statement: QuantityStatement, tolerance: Tolerance) {
        guard statement.kind == .growth else { return nil }
        let members = [statement.current, statement.base, statement.increase, statement.rate].compactMap { $0 }
        guard !members.contains(where: \.isApproximate) else { return nil }
        current = statement.current
        base = statement.base
        increase = statement.increase
        rate = statement.rate
        factor = tolerance.factor
        exactFactor = tolerance.exactFactor
        // A rate of a share (`占比45%，增长3%`) is ambiguous: leave such statements alone.
        if let reference = current ?? base, reference.unit.isPercent { rate = nil }
    }

    private func interval(_ quantity: Quantity) -> DecimalInterval { quantity.interval(factor: factor) }

    /// The increase the new value and the base imply, when both are given (in base units).
    var impliedIncrease: DecimalInterval? {
        guard let current, let base else { return nil }
        return interval(current) - interval(base)
    }

    /// The exact increase from the written new value and base.
    var writtenIncrease: Decimal? {
        guard let current, let base else { return nil }
        return current.value - base.value
    }

    /// The growth rate in percent that the other figures imply, as an interval (nil when the figures
    /// imply none). The rate computed from the figures as written is `writtenRate`, asked for only
    /// when a finding is made (a Decimal division costs more than the rest of the check).
    var impliedRate: DecimalInterval? {
        if let current, let base {
            return ratio(numerator: interval(current), denominator: (interval(base), base.value), subtractOne: true)
        }
        if let current, let increase {
            // base = current - increase; rate = increase / (current - increase)
            let corners = corners(interval(increase), interval(current)) { i, n in n - i > 0 ? i / (n - i) : nil }
            guard let corners, current.value - increase.value > 0 else { return nil }
            return scaled(corners)
        }
        if let base, let increase {
            return ratio(numerator: interval(increase), denominator: (interval(base), base.value), subtractOne: false)
        }
        return nil
    }

    /// The growth rate in percent computed from the figures as written (when `impliedRate` is not nil).
    var writtenRate: Decimal {
        if let current, let base { return (current.value / base.value - 1) * 100 }
        if let current, let increase { return increase.value / (current.value - increase.value) * 100 }
        if let base, let increase { return (increase.value / base.value - 0) * 100 }
        return 0
    }

    private func ratio(
        numerator: DecimalInterval, denominator: (DecimalInterval, Decimal), subtractOne: Bool
    ) -> DecimalInterval? {
        guard denominator.1 > 0, let quotient = numerator / denominator.0 else { return nil }
        let shift: Decimal = subtractOne ? 1 : 0
        return DecimalInterval(lower: (quotient.lower - shift) * 100, upper: (quotient.upper - shift) * 100)
    }

    private func scaled(_ interval: DecimalInterval) -> DecimalInterval {
        DecimalInterval(lower: interval.lower * 100, upper: interval.upper * 100)
    }

    /// The range of `f` over the corners of two intervals (exact for functions monotonic in each).
    private func corners(
        _ a: DecimalInterval, _ b: DecimalInterval, _ f: (Decimal, Decimal) -> Decimal?
    ) -> DecimalInterval? {
        var values: [Decimal] = []
        for x in [a.lower, a.upper] {
            for y in [b.lower, b.upper] {
                guard let value = f(x, y) else { return nil }
                values.append(value)
            }
        }
        return DecimalInterval(lower: values.min()!, upper: values.max()!)
    }
}
