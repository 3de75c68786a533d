import Foundation

extension Decimal {
    /// Reads a plain decimal number written with ASCII digits: an optional leading `-`, digits and at
    /// most one `.` (`98.50`, `-3.25`, `.5`); nil for anything else, including a lone `-` or `.`.
    ///
    /// `Decimal(string:locale:)` costs tens of thousands of instructions a call on Linux; figures are
    /// read by the hundred per report. Up to 19 significant digits are built exactly from an
    /// integer; longer numbers fall back to Foundation's reader.
    @inlinable
    public init?<S: StringProtocol>(plainDigits text: S) {
        guard let value = text.withUTF8Bytes(PlainDecimal.read) ?? nil else { return nil }
        self = value
    }
}

@usableFromInline
enum PlainDecimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `.some(nil)` when the bytes are not a plain number.
    @usableFromInline
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal?? {
        var negative = false
        var significand: UInt64 = 0
        var exponent = 0
        var significantDigits = 0
        var sawPoint = false
        var sawDigit = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                negative = true
            case UInt8(ascii: "."):
                guard !sawPoint else { return .some(nil) }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if sawPoint { exponent -= 1 }
                // Leading zeros add nothing to the significand.
                guard significand != 0 || byte != UInt8(ascii: "0") else { continue }
                significantDigits += 1
                guard significantDigits <= 19 else {
                    return .some(Decimal(string: String(decoding: bytes, as: UTF8.self), locale: posix))
                }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
            default:
                return .some(nil)
            }
        }
        guard sawDigit else { return .some(nil) }
        return .some(Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand)))
    }
}
