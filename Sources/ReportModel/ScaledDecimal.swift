import Foundation

/// An exact decimal `significand × 10^exponent` held in an `Int128`: the fast path of the figure
/// arithmetic (Foundation's `Decimal` takes some 20 000 instructions for one interval sum).
///
/// Figures are read into it from their digits (`init(digits:fractionDigits:)`), never through
/// `Decimal`. Every operation returns nil when its exact result would not fit, and the caller then
/// does the same computation in `Decimal`. A value that fits here fits `Decimal`'s 128-bit mantissa too, so
/// `Decimal` computes the same sums, differences and products exactly: the answers agree.
/// Figures stay `Decimal` in every public type; this is only how they are compared.
package struct ScaledDecimal: Hashable, Sendable {
    package var significand: Int128
    package var exponent: Int

    package init(significand: Int128, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    /// Exponents kept well inside `Decimal`'s (−128…127), so that it never underflows where this does not.
    private static let exponents = -100...100

    /// A figure read from its digits: `significand × 10^-fractionDigits`, in the canonical form
    /// (no trailing zeros in the significand; zero is `0 × 10^0`), so that equal values are equal
    /// here too. This is how `FigureScanner` reads figures: no `Decimal` is consulted.
    package init(digits significand: UInt64, fractionDigits: Int) {
        var significand = significand, exponent = -fractionDigits
        if significand == 0 {
            exponent = 0
        } else {
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
        }
        self.init(significand: Int128(significand), exponent: exponent)
    }

    /// The exact value of `decimal` in the canonical form (see `init(digits:fractionDigits:)`), or
    /// nil when it is NaN or does not fit. For values not read from text (a hand-made `Quantity`, a
    /// tolerance factor): it reads the digits of the decimal's plain `description`, which
    /// Foundation writes for every finite value, so that only public API is used.
    package init?(_ decimal: Decimal) {
        var significand: Int128 = 0
        var pendingZeros = 0, fractionDigits = 0
        var negative = false, sawPoint = false, sawDigit = false
        for byte in decimal.description.utf8 {
            switch byte {
            case UInt8(ascii: "-") where !sawDigit && !negative:
                negative = true
            case UInt8(ascii: ".") where !sawPoint:
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if sawPoint { fractionDigits += 1 }
                let digit = Int128(byte - UInt8(ascii: "0"))
                if digit == 0 {
                    pendingZeros += 1
                    continue
                }
                // Zeros are only multiplied in when a non-zero digit follows them; leading zeros
                // (`0.000…02` has 38 before its 2) never are.
                if significand == 0 {
                    significand = digit
                } else {
                    guard pendingZeros < 38 else { return nil }
                    let (shifted, overflow) = significand.multipliedReportingOverflow(by: Self.powers[pendingZeros + 1])
                    let (sum, carry) = shifted.addingReportingOverflow(digit)
                    guard !overflow, !carry else { return nil }
                    significand = sum
                }
                pendingZeros = 0
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        let exponent = significand == 0 ? 0 : pendingZeros - fractionDigits
        guard Self.exponents.contains(exponent) else { return nil }
        self.init(significand: negative ? -significand : significand, exponent: exponent)
    }

    /// 10^0 … 10^38, the powers of ten an `Int128` holds.
    private static let powers: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// 10^`power` (0…38).
    package static func power(_ power: Int) -> Int128 { powers[power] }

    /// The significand written at the smaller `exponent`, or nil on overflow.
    @inline(__always) func significand(at exponent: Int) -> Int128? {
        let shift = self.exponent - exponent
        if shift == 0 { return significand }
        guard shift > 0, shift <= 38 else { return nil }
        let (result, overflow) = significand.multipliedReportingOverflow(by: Self.powers[shift])
        return overflow ? nil : result
    }

    /// Both significands at their common (smaller) exponent, or nil on overflow.
    @inline(__always) static func aligned(_ a: ScaledDecimal, _ b: ScaledDecimal) -> (Int128, Int128, Int)? {
        if a.exponent == b.exponent { return (a.significand, b.significand, a.exponent) }
        let exponent = Swift.min(a.exponent, b.exponent)
        guard let x = a.significand(at: exponent), let y = b.significand(at: exponent) else { return nil }
        return (x, y, exponent)
    }

    package static func + (a: ScaledDecimal, b: ScaledDecimal) -> ScaledDecimal? {
        guard let (x, y, exponent) = aligned(a, b) else { return nil }
        let (sum, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : ScaledDecimal(significand: sum, exponent: exponent)
    }

    package static func - (a: ScaledDecimal, b: ScaledDecimal) -> ScaledDecimal? {
        guard let (x, y, exponent) = aligned(a, b) else { return nil }
        let (difference, overflow) = x.subtractingReportingOverflow(y)
        return overflow ? nil : ScaledDecimal(significand: difference, exponent: exponent)
    }

    package static func * (a: ScaledDecimal, b: ScaledDecimal) -> ScaledDecimal? {
        let exponent = a.exponent + b.exponent
        guard exponents.contains(exponent) else { return nil }
        let (product, overflow) = a.significand.multipliedReportingOverflow(by: b.significand)
        return overflow ? nil : ScaledDecimal(significand: product, exponent: exponent)
    }

    /// The order of two values (-1, 0, 1), or nil when they cannot be aligned without overflow.
    package static func compare(_ a: ScaledDecimal, _ b: ScaledDecimal) -> Int? {
        if a.exponent == b.exponent { return a.significand < b.significand ? -1 : a.significand == b.significand ? 0 : 1 }
        // Different signs (or a zero) decide without aligning.
        let signA = a.significand.signum(), signB = b.significand.signum()
        if signA != signB { return signA < signB ? -1 : 1 }
        guard let (x, y, _) = aligned(a, b) else { return nil }
        return x < y ? -1 : x == y ? 0 : 1
    }

    /// The order of `a / d` against `t` for `d > 0` (-1 or 1), decided exactly by cross-multiplying;
    /// nil when `d` is not positive, a product overflows, or the two are so close (within 10⁻¹⁵ of
    /// their size, ties included) that a rounded `Decimal` quotient might order them otherwise.
    package static func compareQuotient(_ a: ScaledDecimal, over d: ScaledDecimal, with t: ScaledDecimal) -> Int? {
        guard d.significand > 0, let td = t * d, let (x, y, _) = aligned(a, td) else { return nil }
        let (difference, overflow) = x.subtractingReportingOverflow(y)
        guard !overflow else { return nil }
        let margin = x.magnitude / 1_000_000_000_000_000 + y.magnitude / 1_000_000_000_000_000
        guard difference.magnitude > margin else { return nil }
        return difference < 0 ? -1 : 1
    }

    /// The exact value of a figure: `number × scale × sign` (nil when either is unknown or it does not fit).
    package static func value(number: ScaledDecimal?, scale: ScaledDecimal?, sign: Int) -> ScaledDecimal? {
        guard let number, let scale, let scaled = number * scale else { return nil }
        return scaled * ScaledDecimal(significand: Int128(sign), exponent: 0)
    }

    /// The value as a `Decimal` (exact: the significand fits its mantissa).
    package var decimal: Decimal {
        let magnitude = significand.magnitude
        let high = Decimal(UInt64(truncatingIfNeeded: magnitude >> 64))
        let low = Decimal(UInt64(truncatingIfNeeded: magnitude))
        let whole = high == 0 ? low : high * (Decimal(UInt64.max) + 1) + low
        return Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: whole)
    }
}

/// A `ScaledDecimal` whose significand fits 64 bits, kept in 16 bytes instead of 32 (an `Int128`
/// is 16-byte aligned): how a table's figures hold their exact value, two per row.
package struct CompactScaledDecimal: Hashable, Sendable {
    private var magnitude: UInt64
    private var exponent: Int16
    private var isNegative: Bool

    /// nil when the significand needs more than 64 bits (then the figure is compared in `Decimal`).
    package init?(_ value: ScaledDecimal) {
        guard let magnitude = UInt64(exactly: value.significand.magnitude), let exponent = Int16(exactly: value.exponent)
        else { return nil }
        self.magnitude = magnitude
        self.exponent = exponent
        isNegative = value.significand < 0
    }

    package var value: ScaledDecimal {
        ScaledDecimal(significand: isNegative ? -Int128(magnitude) : Int128(magnitude), exponent: Int(exponent))
    }
}

extension CompactScaledDecimal {
    /// Writes the number as `value.decimal.description` reads (what the Codable path writes for a
    /// `Decimal`): plain digits, a point only when there is a fraction, `0.` before a fraction below
    /// one, never an exponent. Only for a significand without trailing zeros (the form every reading
    /// gives), whose `Decimal` has those same digits; anything else goes through `Decimal`.
    package func writeJSON(to writer: inout JSONWriter) {
        guard magnitude == 0 ? exponent == 0 && !isNegative : magnitude % 10 != 0, (-60...60).contains(exponent) else {
            writer.decimal(value.decimal)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            // The digits, last first, from the end of the buffer.
            var end = buffer.count
            var rest = magnitude
            repeat {
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            let digitCount = buffer.count - end
            var text = 0
            func put(_ byte: UInt8) {
                buffer[text] = byte
                text += 1
            }
            if isNegative { put(UInt8(ascii: "-")) }
            let fractionDigits = -Int(exponent)
            if fractionDigits <= 0 {
                for index in end..<buffer.count { put(buffer[index]) }
                for _ in 0 ..< -fractionDigits { put(UInt8(ascii: "0")) }
            } else if digitCount > fractionDigits {
                let point = buffer.count - fractionDigits
                for index in end..<point { put(buffer[index]) }
                put(UInt8(ascii: "."))
                for index in point..<buffer.count { put(buffer[index]) }
            } else {
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(fractionDigits - digitCount) { put(UInt8(ascii: "0")) }
                for index in end..<buffer.count { put(buffer[index]) }
            }
            writer.number(utf8: UnsafeBufferPointer(rebasing: buffer[0..<text]))
        }
    }
}
