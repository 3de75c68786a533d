import Foundation
import PropertyBased
import ReportModel
import ReportQuantities
import Testing
@testable import FigureRules

/// The growth checks' fast exact path only ever says "nothing to report" where the `Decimal`
/// computation agrees, on generated statements: consistent ones, near ties, wrong ones, negative
/// and zero bases, decreases, huge scales and significands.
struct ExactGrowthPropertyTests {
    static func quantity(_ number: Decimal, fractionDigits: Int, unit: String = "万元", scale: Decimal = 10_000, sign: Int = 1) -> Quantity {
        Quantity(
            text: "", number: number, fractionDigits: fractionDigits,
            unit: QuantityUnit(text: unit, base: unit == "%" ? "%" : "元", scale: unit == "%" ? 1 : scale),
            isApproximate: false, role: .value, sign: sign, label: "", offset: 0, length: 0,
            range: SourceRange(line: 1, column: 1, length: 1))
    }

    /// `value` rounded to `places` (as a figure written with that many places).
    static func rounded(_ value: Decimal, _ places: Int) -> Decimal {
        var result = Decimal()
        var input = value
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    @Test func fastAnswersAgreeWithDecimal() async {
        let scales: [Decimal] = [1, 10_000, 100_000_000, Decimal(sign: .plus, exponent: 30, significand: 1)]
        let factors: [Decimal] = [1, 0, 2, Decimal(string: "0.5")!]
        await propertyCheck(
            count: 1500, input: Gen.uint64(in: 1...UInt64.max), Gen.uint64(in: 0...UInt64.max), Gen.int(in: 0...7),
            Gen.int(in: 0...3)
        ) { baseSeed, changeSeed, shape, factorIndex in
            // Base and change: mostly ordinary, sometimes 20 digits; the change may be negative.
            let baseDigits = shape & 1 == 0 ? baseSeed % 10_000_000 + 1 : baseSeed
            let places = Int(changeSeed % 5)
            let base = Decimal(sign: .plus, exponent: -places, significand: Decimal(baseDigits))
            let change = Decimal(sign: changeSeed & 8 == 0 ? .plus : .minus, exponent: -places,
                                 significand: Decimal(changeSeed % max(1, baseDigits / 3 + 1)))
            let current = base + change
            let scale = scales[Int(changeSeed >> 8 % UInt64(scales.count)) % scales.count]
            var ratePlaces = Int(changeSeed >> 16 % 4)
            var rate = base == 0 ? 0 : Self.rounded((current / base - 1) * 100, ratePlaces)
            // Some statements are wrong on purpose, some right to the last place.
            if shape & 2 != 0 { rate += Decimal(sign: .plus, exponent: -ratePlaces, significand: 1) }
            if shape & 4 != 0 { ratePlaces += 3 }
            let written: (Decimal) -> (Decimal, Int) = { (abs($0), $0 < 0 ? -1 : 1) }
            let (rateNumber, rateSign) = written(rate)
            let (changeNumber, changeSign) = written(change)
            let currentQuantity = current > 0 ? Self.quantity(current, fractionDigits: places, scale: scale) : nil
            let members: [(Quantity?, Quantity?, Quantity?)] = [
                (currentQuantity, Self.quantity(base, fractionDigits: places, scale: scale), nil),
                (currentQuantity, nil, Self.quantity(changeNumber, fractionDigits: places, scale: scale, sign: changeSign)),
                (nil, Self.quantity(base, fractionDigits: places, scale: scale),
                 Self.quantity(changeNumber, fractionDigits: places, scale: scale, sign: changeSign)),
                (currentQuantity, Self.quantity(base, fractionDigits: places, scale: scale),
                 Self.quantity(changeNumber + 1, fractionDigits: places, scale: scale, sign: changeSign)),
            ]
            let tolerance = Tolerance(factor: factors[factorIndex])
            for (current, base, increase) in members {
                let statement = QuantityStatement.growth(
                    current: current, base: base, increase: increase,
                    rate: Self.quantity(rateNumber, fractionDigits: ratePlaces, unit: "%", sign: rateSign))
                guard let growth = GrowthCheck(statement, tolerance: tolerance) else { continue }
                if growth.rateCertainlyFits, let rate = growth.rate {
                    let interval = growth.impliedRate
                    #expect(interval.map { $0.overlaps(rate.interval(factor: growth.factor)) } ?? true,
                            "\(statement)")
                }
                if growth.increaseCertainlyFits, let increase = growth.increase, let implied = growth.impliedIncrease {
                    #expect(implied.overlaps(increase.interval(factor: growth.factor)), "\(statement)")
                }
            }
        }
    }

    /// The fast path is not vacuous: ordinary consistent statements are settled by it.
    @Test func ordinaryConsistentStatementsTakeTheFastPath() {
        let statement = QuantityStatement.growth(
            current: Self.quantity(Decimal(string: "25.46")!, fractionDigits: 2, scale: 100_000_000),
            base: Self.quantity(Decimal(string: "24.07")!, fractionDigits: 2, scale: 100_000_000),
            increase: Self.quantity(Decimal(string: "1.39")!, fractionDigits: 2, scale: 100_000_000),
            rate: Self.quantity(Decimal(string: "5.77")!, fractionDigits: 2, unit: "%"))
        let growth = GrowthCheck(statement, tolerance: Tolerance())
        #expect(growth?.rateCertainlyFits == true)
        #expect(growth?.increaseCertainlyFits == true)
        var wrong = statement
        wrong.rate?.number = Decimal(string: "6.5")!
        wrong.increase?.number = Decimal(string: "1.5")!
        let wrongGrowth = GrowthCheck(wrong, tolerance: Tolerance())
        #expect(wrongGrowth?.rateCertainlyFits == false)
        #expect(wrongGrowth?.increaseCertainlyFits == false)
    }
}
