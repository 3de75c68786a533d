import Foundation
import PropertyBased
import ReportModel
import Testing
import TestSupport
@testable import ReportQuantities

/// The fast exact arithmetic (`ScaledDecimal`, `ExactInterval`) answers exactly as `Decimal` does, or
/// not at all: on generated figures with overflow-size significands, huge scales, negative signs,
/// many fraction digits and odd tolerance factors.
struct ExactArithmeticPropertyTests {
    /// Scales a unit may have: none, 百, 千, 万, 亿, 万亿, and one too big for the fast path.
    static let scales: [Decimal] = [1, 100, 1000, 10_000, 100_000_000, Decimal(sign: .plus, exponent: 12, significand: 1),
                                    Decimal(sign: .plus, exponent: 30, significand: 7)]
    static let factors: [Decimal] = [1, 0, 2, Decimal(string: "0.5")!, Decimal(string: "3.7")!, Decimal(string: "1e-7")!]

    /// A significand: small most of the time, sometimes near `UInt64.max`.
    static let significand = Gen.uint64(in: 0...UInt64.max).map { value -> UInt64 in
        switch value % 4 {
        case 0: value  // any size, up to 20 digits
        case 1: value % 1_000_000_000_000
        default: value % 100_000
        }
    }

    static func quantity(_ significand: UInt64, fractionDigits: Int, scale: Int, negative: Bool) -> Quantity {
        Quantity(
            text: "", number: Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand)),
            fractionDigits: fractionDigits, unit: QuantityUnit(text: "", base: "元", scale: scales[scale]),
            isApproximate: false, role: .part, sign: negative ? -1 : 1, label: "", offset: 0, length: 0,
            range: SourceRange(line: 1, column: 1, length: 1))
    }

    static let figure = Gen.uint64(in: 0...UInt64.max).map { seed -> Quantity in
        var generator = SplitMix(seed: seed)
        let magnitude = generator.next()
        let significand: UInt64 = switch magnitude % 4 {
        case 0: generator.next()
        case 1: generator.next() % 1_000_000_000_000
        default: generator.next() % 100_000
        }
        return quantity(
            significand, fractionDigits: Int(generator.next() % 25), scale: Int(generator.next() % UInt64(scales.count)),
            negative: generator.next() % 5 == 0)
    }

    /// Leading zeros are not multiplied in: `0.000…02` with 38 or more zeros before the 2 reads
    /// (the property test once drew 2 · 10⁻³⁸ and the fast path refused it).
    @Test(arguments: [(2, -38), (2, -40), (850, -40), (-7, -39), (1, 40)])
    func smallDecimalsReadBack(significand: Int, exponent: Int) throws {
        let decimal = Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(abs(significand)))
        let scaled = try #require(ScaledDecimal(decimal), "\(decimal)")
        #expect(scaled.decimal == decimal)
    }

    @Test func decimalsReadBackExactlyOrNotAtAll() async {
        await propertyCheck(count: 400, input: Self.significand, Gen.int(in: -40...40), Gen.bool, Gen.int(in: 0...2)) {
            significand, exponent, negative, squared in
            var decimal = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
            for _ in 0..<squared { decimal *= Decimal(significand) }
            let scaled = ScaledDecimal(decimal)
            if let scaled {
                #expect(scaled.decimal == decimal, "\(decimal)")
            }
            // Up to 2^63 · 10^40 every value fits: the fast path may not refuse it.
            if squared == 0 { #expect(scaled != nil, "\(decimal)") }
        }
    }

    @Test func sumsAndComparisonsAgreeWithDecimal() async {
        await propertyCheck(
            count: 600, input: Self.figure.array(of: 0...4), Self.figure, Gen.int(in: 0...(Self.factors.count - 1)), Gen.bool
        ) { parts, total, factorIndex, nearTotal in
            // Half the time the total is set to the parts' sum, so that ties and near misses occur.
            var total = total
            if nearTotal, let first = parts.first {
                let sum = parts.reduce(Decimal(0)) { $0 + $1.number * $1.unit.scale }
                total = Self.quantity(0, fractionDigits: first.fractionDigits, scale: 0, negative: false)
                total.number = sum
            }
            let factor = Self.factors[factorIndex]
            let decimalSum = DecimalInterval.sum(parts.map { $0.interval(factor: factor) })
            let decimalWhole = total.interval(factor: factor)
            guard let exactFactor = ScaledDecimal(factor) else {
                Issue.record("factor \(factor) does not fit")
                return
            }
            let exactSum = ExactInterval.sum(parts.lazy.map { $0.exactInterval(factor: exactFactor) })
            let exactWhole = total.exactInterval(factor: exactFactor)
            if let exactSum {
                #expect(exactSum.lower.decimal == decimalSum.lower)
                #expect(exactSum.upper.decimal == decimalSum.upper)
            }
            if let exactWhole {
                #expect(exactWhole.lower.decimal == decimalWhole.lower)
                #expect(exactWhole.upper.decimal == decimalWhole.upper)
            }
            if let exactSum, let exactWhole {
                if let above = exactSum.isAbove(exactWhole) { #expect(above == (decimalSum.lower > decimalWhole.upper)) }
                if let overlaps = exactSum.overlaps(exactWhole) { #expect(overlaps == decimalSum.overlaps(decimalWhole)) }
            }
            // Ordinary figures (a report's: under a trillion, a few decimal places, units up to 亿)
            // always take the fast path. (With 12 places against a 10^17 scale and the factor 1e-7,
            // aligning the exponents can outgrow Int128: such figures may fall back, rightly.)
            let ordinary = (parts + [total]).allSatisfy {
                $0.number < 1_000_000_000_000 && $0.fractionDigits <= 6 && $0.unit.scale <= 100_000_000
            }
            if ordinary {
                #expect(exactSum != nil && exactWhole != nil)
                #expect(exactSum.flatMap { sum in exactWhole.flatMap { sum.overlaps($0) } } != nil)
            }
            // The interval of `StatementBuilder.exceeds` (factor 1) is the one of `interval()`.
            #expect(StatementBuilder.exceeds(parts, total)
                    == (DecimalInterval.sum(parts.map { $0.interval() }).lower > total.interval().upper))
        }
    }

    @Test func quotientComparisonsAgreeWithDecimalDivision() async {
        await propertyCheck(count: 600, input: Self.significand, Self.significand, Gen.int(in: -6...6), Gen.int(in: 0...3)) {
            numerator, denominator, exponent, shape in
            guard denominator > 0 else { return }
            let a = ScaledDecimal(significand: Int128(numerator) * (shape == 3 ? -1 : 1), exponent: exponent)
            let d = ScaledDecimal(significand: Int128(denominator), exponent: -2)
            // The bound: the quotient itself rounded to 4 places (ties and near ties), or unrelated.
            let quotient = a.decimal / d.decimal
            var rounded = Decimal()
            var exact = quotient
            NSDecimalRound(&rounded, &exact, 4, .plain)
            let bound = shape == 0 ? Decimal(numerator % 1000) : rounded
            guard let t = ScaledDecimal(bound) else { return }
            if let order = ScaledDecimal.compareQuotient(a, over: d, with: t) {
                #expect(order == (quotient < bound ? -1 : 1), "\(a.decimal) / \(d.decimal) against \(bound)")
                #expect(quotient != bound)
            }
            // An exact tie is never answered: `Decimal` decides it.
            if quotient == bound, a.significand != 0 || bound == 0 {
                #expect(ScaledDecimal.compareQuotient(a, over: d, with: t) == nil)
            }
        }
    }

    @Test func digitsAreFoundEightBytesAtATimeAsOneByOne() async {
        let pieces = ["教", "育", "，", "。", "（", "）", "a", " ", "3", "７", "：", "Ｅ", "ｆ", "?", "/", "＿", "\u{FF0F}", "年"]
        await propertyCheck(count: 500, input: Gen.element(of: pieces).array(of: 0...40)) { chosen in
            let text = chosen.compactMap { $0 }.joined()
            let bytes = Array(text.utf8)
            let expected = bytes.withUnsafeBufferPointer { buffer in
                QuantityAnalysis.containsDigitBytewise(
                    buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, from: 0, to: buffer.count, count: buffer.count)
            }
            #expect(QuantityAnalysis.mayContainDigit(text) == expected, "\(text)")
            #expect(expected == text.unicodeScalars.contains { ScalarCodes.digit($0.value) != nil }, "\(text)")
        }
        await propertyCheck(count: 500, input: Gen.uint8(in: 0...255).array(of: 0...40)) { bytes in
            let expected = (0..<bytes.count).contains { index in
                bytes[index] &- 0x30 < 10 || (bytes[index] == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBC
                                               && bytes[index + 2] &- 0x90 < 10)
            }
            let found = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { QuantityAnalysis.containsDigit($0, count: buffer.count) } ?? false
            }
            #expect(found == expected, "\(bytes)")
        }
    }
}
