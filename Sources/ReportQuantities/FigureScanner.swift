import Foundation
import ReportModel

/// A number with its unit, as found by `FigureScanner`, before roles are read.
struct RawFigure: Hashable, Sendable {
    /// Character offsets: where the number starts, where it ends, where the unit ends.
    var start: Int
    var numberEnd: Int
    var end: Int
    var number: Decimal
    /// `number` read straight from the digits.
    var exactNumber: ScaledDecimal
    var digitCount: Int
    var fractionDigits: Int
    var unit: QuantityUnit
    var isApproximate: Bool
    /// Written with a minus sign before it (`-0.5%`).
    var isNegative: Bool = false
}

/// A single forward pass over a paragraph that finds every figure with a unit.
///
/// Hand-written, linear, no regular expressions. It leaves out what only looks like a quantity:
/// years (`2022年`), dates (`10月`, `31日`), document numbers (`〔2023〕40号`), ordinals (`第3`),
/// ranges (`1-2项`, `2023—2025年`), ratios (`100：12.8`), fractions (`1635/.年`) and numbers glued to
/// Latin letters (`5G`, `V2.0`).
struct FigureScanner {
    let text: ScalarCodes
    private var codes: [UInt32] { text.codes }

    init(_ text: ScalarCodes) { self.text = text }

    func scan() -> [RawFigure] {
        var figures: [RawFigure] = []
        let count = codes.count
        var index = 0
        while index < count {
            guard ScalarCodes.digit(codes[index]) != nil else {
                index += 1
                continue
            }
            let number = readNumber(at: index)
            // A range or ratio: skip both numbers and whatever unit follows the second.
            if number.end < count {
                let next = codes[number.end]
                if ScalarCodes.isRangeMark(next) || next == 0xFF1A || next == 0x3A {
                    var after = number.end
                    while after < count, codes[after] == next { after += 1 }
                    if after < count, ScalarCodes.digit(codes[after]) != nil {
                        index = readNumber(at: after).end
                        continue
                    }
                }
            }
            let blocked = number.overflow || isBlocked(
                start: index, end: number.end, digits: number.digitCount, fractionDigits: number.fractionDigits)
            guard !blocked, var figure = readUnit(start: index, number: number) else {
                index = Swift.max(number.end, index + 1)
                continue
            }
            figure.isApproximate = figure.isApproximate || hasApproximatePrefix(before: index)
            figure.isNegative = index > 0 && (codes[index - 1] == 0x2D || codes[index - 1] == 0xFF0D || codes[index - 1] == 0x2212)
            figures.append(figure)
            index = figure.end
        }
        return figures
    }

    // MARK: Numbers

    struct NumberRead {
        var end: Int
        var significand: UInt64
        var digitCount: Int
        var fractionDigits: Int
        var overflow: Bool

        var value: Decimal {
            Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
        }

        var exactValue: ScaledDecimal { ScaledDecimal(digits: significand, fractionDigits: fractionDigits) }
    }

    /// Reads digits, `,` thousands separators (only before exactly three digits) and one decimal point.
    func readNumber(at start: Int) -> NumberRead {
        let count = codes.count
        var read = NumberRead(end: start, significand: 0, digitCount: 0, fractionDigits: 0, overflow: false)
        var index = start
        func accumulate(_ digit: UInt64) {
            if read.significand > (UInt64.max - 9) / 10 { read.overflow = true } else {
                read.significand = read.significand * 10 + digit
            }
            read.digitCount += 1
        }
        var groupLength = 0
        var sawSeparator = false
        while index < count {
            if let digit = ScalarCodes.digit(codes[index]) {
                accumulate(digit)
                groupLength += 1
                index += 1
            } else if codes[index] == 0x2C, isThousandsGroup(at: index + 1),
                      sawSeparator ? groupLength == 3 : groupLength <= 3 {
                sawSeparator = true
                groupLength = 0
                index += 1
            } else {
                break
            }
        }
        if index + 1 < count, codes[index] == 0x2E || codes[index] == 0xFF0E,
           let first = ScalarCodes.digit(codes[index + 1]) {
            index += 1
            accumulate(first)
            read.fractionDigits = 1
            index += 1
            while index < count, let digit = ScalarCodes.digit(codes[index]) {
                accumulate(digit)
                read.fractionDigits += 1
                index += 1
            }
        }
        read.end = index
        return read
    }

    private func isThousandsGroup(at index: Int) -> Bool {
        guard index + 3 <= codes.count else { return false }
        for offset in 0..<3 where ScalarCodes.digit(codes[index + offset]) == nil { return false }
        return index + 3 == codes.count || ScalarCodes.digit(codes[index + 3]) == nil
    }

    // MARK: Exclusions

    /// 第 〔 [ 【 . ． / ／ _ # ＃ №: a number after these is an ordinal, a year in brackets or part of a code.
    private static func blocksAfterIt(_ code: UInt32) -> Bool {
        switch code {
        case 0x7B2C, 0x3014, 0x5B, 0x3010, 0x2E, 0xFF0E, 0x2F, 0xFF0F, 0x5F, 0x23, 0xFF03, 0x2116: true
        default: ScalarCodes.isASCIILetter(code)
        }
    }

    /// 月 日 号 时 点 届 级 / ／ _ 〕 ] 】: a number before these is a date, a time, a document number or a grade.
    private static func blocksBeforeIt(_ code: UInt32) -> Bool {
        switch code {
        case 0x6708, 0x65E5, 0x53F7, 0x65F6, 0x70B9, 0x5C4A, 0x7EA7, 0x2F, 0xFF0F, 0x5F, 0x3015, 0x5D, 0x3011: true
        default: ScalarCodes.isASCIILetter(code)
        }
    }

    private func isBlocked(start: Int, end: Int, digits: Int, fractionDigits: Int) -> Bool {
        if start > 0 {
            let previous = codes[start - 1]
            if Self.blocksAfterIt(previous) { return true }
            // The second half of a range or date whose first half was not read as a number.
            if ScalarCodes.isRangeMark(previous), start > 1, ScalarCodes.digit(codes[start - 2]) != nil { return true }
        }
        guard end < codes.count else { return false }
        let next = codes[end]
        if Self.blocksBeforeIt(next) { return true }
        // 年 after four digits: a year.
        return next == 0x5E74 && fractionDigits == 0 && digits == 4
    }

    /// 约 近 逾 超, 超过 接近 大约 将近 before the number.
    private func hasApproximatePrefix(before start: Int) -> Bool {
        guard start > 0 else { return false }
        switch codes[start - 1] {
        case 0x7EA6, 0x8FD1, 0x903E, 0x8D85: return true
        case 0x8FC7: return start > 1 && codes[start - 2] == 0x8D85  // 超过
        default: return false
        }
    }

    // MARK: Units

    private static let one = ScaledDecimal(significand: 1, exponent: 0)

    /// 余 or 多 between a number and its unit.
    @inline(__always) private static func isApproximateMark(_ code: UInt32) -> Bool { code == 0x4F59 || code == 0x591A }

    private func readUnit(start: Int, number: NumberRead) -> RawFigure? {
        var index = number.end
        var approximate = false
        var multiplierStart = 0
        var multiplierCount = 0
        while index < codes.count, Self.isApproximateMark(codes[index]) {
            approximate = true
            index += 1
        }
        var baseUnit = QuantityUnit.baseUnit(in: codes, at: index)
        if baseUnit == nil {
            multiplierStart = index
            while index < codes.count, QuantityUnit.isMultiplier(codes[index]) {
                multiplierCount += 1
                index += 1
            }
            guard multiplierCount > 0 else { return nil }
            while index < codes.count, Self.isApproximateMark(codes[index]) {
                approximate = true
                index += 1
            }
            baseUnit = QuantityUnit.baseUnit(in: codes, at: index)
        }
        guard let (baseLength, base) = baseUnit else { return nil }
        let unit: QuantityUnit
        if multiplierCount == 0 {
            unit = QuantityUnit(text: base, base: base, scale: 1, exactScale: Self.one)
        } else {
            // The scale as `Decimal` multiplication made it (one multiplier: its constant as is).
            var scale = QuantityUnit.multiplier(codes[multiplierStart])!
            var power = QuantityUnit.multiplierPower(codes[multiplierStart])!
            var written = String(text.character(at: multiplierStart))
            for offset in 1..<multiplierCount {
                scale *= QuantityUnit.multiplier(codes[multiplierStart + offset])!
                power += QuantityUnit.multiplierPower(codes[multiplierStart + offset])!
                written.append(text.character(at: multiplierStart + offset))
            }
            unit = QuantityUnit(
                text: written + base, base: base, scale: scale, exactScale: power <= 38 ? ScaledDecimal(significand: 1, exponent: power) : nil)
        }
        index += baseLength
        let end = index
        if index < codes.count {
            switch codes[index] {
            case 0x4F59: approximate = true  // 余 after the unit
            case 0x4EE5, 0x5DE6, 0x4E0A:  // 以上 左右 上下
                if index + 1 < codes.count, codes[index + 1] == 0x4E0A || codes[index + 1] == 0x53F3 || codes[index + 1] == 0x4E0B {
                    approximate = true
                }
            default: break
            }
        }
        return RawFigure(
            start: start, numberEnd: number.end, end: end, number: number.value, exactNumber: number.exactValue,
            digitCount: number.digitCount,
            fractionDigits: number.fractionDigits, unit: unit,
            isApproximate: approximate)
    }
}
