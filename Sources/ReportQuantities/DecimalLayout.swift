import Foundation

/// Reads a `Decimal`'s mantissa and exponent from its memory, which Foundation does not make public
/// (only `significand`, itself a `Decimal`). The layout is that of swift-foundation: an `Int8`
/// exponent, a byte of length (high 4 bits) and flags (0x08 sign, 0x04 compact), two reserved bytes, then the
/// mantissa as eight little-endian `UInt16`s. It is checked once against values built through the
/// public API; should the layout ever differ, `read` answers nil and the figures are compared in
/// `Decimal`, as before.
enum DecimalLayout {
    /// Whether the layout was confirmed on this platform.
    static let isKnown: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let samples: [(Decimal, UInt128, Int, Bool)] = [
            (Decimal(sign: .minus, exponent: -2, significand: 12345), 12345, -2, true),
            (Decimal(sign: .plus, exponent: 7, significand: 3), 3, 7, false),
            (Decimal(UInt64.max), UInt128(UInt64.max), 0, false),
            (Decimal(UInt64.max) * Decimal(UInt64.max), UInt128(UInt64.max) * UInt128(UInt64.max), 0, false),
            (Decimal(0), 0, 0, false),
        ]
        for (decimal, magnitude, exponent, isNegative) in samples {
            guard let read = unchecked(decimal) else { return false }
            // Zero may be stored with any exponent; every other sample must read back exactly.
            if magnitude == 0 {
                guard read.magnitude == 0 else { return false }
            } else {
                guard read.magnitude == magnitude, read.exponent == exponent, read.isNegative == isNegative else { return false }
            }
        }
        return unchecked(Decimal.nan) == nil
    }()

    /// The magnitude of the mantissa, the exponent and the sign; nil for NaN or an unknown layout.
    @inline(__always) static func read(_ decimal: Decimal) -> (magnitude: UInt128, exponent: Int, isNegative: Bool)? {
        isKnown ? unchecked(decimal) : nil
    }

    private static func unchecked(_ decimal: Decimal) -> (magnitude: UInt128, exponent: Int, isNegative: Bool)? {
        withUnsafeBytes(of: decimal) { bytes -> (magnitude: UInt128, exponent: Int, isNegative: Bool)? in
            let exponent = Int(Int8(bitPattern: bytes[0]))
            let flags = bytes[1]
            let length = Int(flags >> 4)
            let isNegative = flags & 0x08 != 0
            if length == 0 { return isNegative ? nil : (0, 0, false) }
            guard length <= 8 else { return nil }
            var magnitude: UInt128 = 0
            var word = length - 1
            while word >= 0 {
                let low = UInt128(bytes[4 + 2 * word])
                let high = UInt128(bytes[5 + 2 * word])
                magnitude = magnitude << 16 | high << 8 | low
                word -= 1
            }
            return (magnitude, exponent, isNegative)
        }
    }
}
