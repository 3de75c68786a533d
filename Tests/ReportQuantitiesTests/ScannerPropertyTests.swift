import Foundation
import PropertyBased
import ReportModel
import Testing
@testable import ReportQuantities

/// Any figure a draft may write is read back exactly: separators, full-width digits, decimals, scales.
struct ScannerPropertyTests {
    static let units: [(String, Decimal)] = [("人", 1), ("万元", 10_000), ("亿元", 100_000_000), ("所", 1), ("%", 1), ("平方米", 1)]

    /// `1234567` with `fractionDigits` 2 written `12,345.67` (or without separators).
    static func written(_ digits: Int, fractionDigits: Int, separators: Bool, fullWidth: Bool) -> String {
        let plain = String(digits)
        let padded = String(repeating: "0", count: max(0, fractionDigits + 1 - plain.count)) + plain
        var integer = String(padded.dropLast(fractionDigits))
        let fraction = String(padded.suffix(fractionDigits))
        if separators {
            var grouped = ""
            for (index, character) in integer.enumerated() {
                if index > 0, (integer.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            integer = grouped
        }
        let text = fractionDigits > 0 ? integer + "." + fraction : integer
        guard fullWidth else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x30...0x39: Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!
            case 0x2E: "．"
            default: scalar
            }
        }))
    }

    @Test func writtenFiguresReadBackExactly() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...999_999_999), Gen.int(in: 0...3), Gen.int(in: 0...5), Gen.bool, Gen.bool
        ) { digits, fractionDigits, unitIndex, separators, fullWidth in
            let (unit, scale) = Self.units[unitIndex]
            let number = Self.written(digits, fractionDigits: fractionDigits, separators: separators && !fullWidth, fullWidth: fullWidth)
            let text = "　　全县去年实有" + number + unit + "，较好。"
            let found = QuantityAnalysis.analyze(text: text, line: 4).quantities
            #expect(found.count == 1, "\(text)")
            guard let quantity = found.first else { return }
            let expected = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(digits))
            #expect(quantity.number == expected, "\(text)")
            #expect(quantity.value == expected * scale, "\(text)")
            #expect(quantity.fractionDigits == fractionDigits, "\(text)")
            #expect(quantity.unit.text == unit)
            #expect(quantity.range == SourceRange(line: 4, column: 9, length: number.count + unit.count), "\(text)")
        }
    }
}
