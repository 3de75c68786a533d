import Foundation

/// A number with its unit, as found by `FigureScanner`, before roles are read.
struct RawFigure: Hashable, Sendable {
    /// Character offsets: where the number starts, where it ends, where the unit ends.
    var start: Int
    var numberEnd: Int
    var end: Int
    var number: Decimal
    var digitCount: Int
    var fractionDigits: Int
    var unit: QuantityUnit
    var isApproximate: Bool
}

/// A single forward pass over a paragraph's Characters that finds every figure with a unit.
///
/// Hand-written, linear, no regular expressions. It leaves out what only looks like a quantity:
/// years (`2022年`), dates (`10月`, `31日`), document numbers (`〔2023〕40号`), ordinals (`第3`),
/// ranges (`1-2项`, `2023—2025年`), ratios (`100：12.8`), fractions (`1635/.年`) and numbers glued to
/// Latin letters (`5G`, `V2.0`).
struct FigureScanner {
    let characters: [Character]

    init(_ characters: [Character]) { self.characters = characters }

    private static let rangeMarks: Set<Character> = ["-", "—", "–", "~", "～", "至", "到", "－", "−"]
    private static let blockedBefore: Set<Character> = ["第", "〔", "[", "【", ".", "．", "/", "／", "_", "#", "＃", "№"]
    private static let blockedAfter: Set<Character> = ["月", "日", "号", "时", "点", "届", "级", "/", "／", "_"]
    private static let approximatePrefixes: Set<Character> = ["约", "近", "逾", "超"]

    func scan() -> [RawFigure] {
        var figures: [RawFigure] = []
        let count = characters.count
        var index = 0
        while index < count {
            guard Self.digit(characters[index]) != nil else {
                index += 1
                continue
            }
            let number = readNumber(at: index)
            let next = number.end < count ? characters[number.end] : nil
            // A range or ratio: skip both numbers and whatever unit follows the second.
            if let next, Self.rangeMarks.contains(next) || next == "：" || next == ":" {
                var after = number.end
                while after < count, characters[after] == next { after += 1 }
                if after < count, Self.digit(characters[after]) != nil {
                    index = readNumber(at: after).end
                    continue
                }
            }
            let blocked = number.overflow || isBlocked(
                start: index, end: number.end, digits: number.digitCount, fractionDigits: number.fractionDigits)
            guard !blocked, var figure = readUnit(start: index, number: number) else {
                index = Swift.max(number.end, index + 1)
                continue
            }
            figure.isApproximate = figure.isApproximate || hasApproximatePrefix(before: index)
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
    }

    /// Reads digits, `,` thousands separators (only before exactly three digits) and one decimal point.
    func readNumber(at start: Int) -> NumberRead {
        let count = characters.count
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
            if let digit = Self.digit(characters[index]) {
                accumulate(digit)
                groupLength += 1
                index += 1
            } else if characters[index] == ",", isThousandsGroup(at: index + 1),
                      sawSeparator ? groupLength == 3 : groupLength <= 3 {
                sawSeparator = true
                groupLength = 0
                index += 1
            } else {
                break
            }
        }
        if index + 1 < count, characters[index] == "." || characters[index] == "．",
           let first = Self.digit(characters[index + 1]) {
            index += 1
            accumulate(first)
            read.fractionDigits = 1
            index += 1
            while index < count, let digit = Self.digit(characters[index]) {
                accumulate(digit)
                read.fractionDigits += 1
                index += 1
            }
        }
        read.end = index
        return read
    }

    private func isThousandsGroup(at index: Int) -> Bool {
        guard index + 3 <= characters.count else { return false }
        for offset in 0..<3 where Self.digit(characters[index + offset]) == nil { return false }
        return index + 3 == characters.count || Self.digit(characters[index + 3]) == nil
    }

    /// The value of an ASCII or full-width digit.
    static func digit(_ character: Character) -> UInt64? {
        if let ascii = character.asciiValue {
            return ascii >= 48 && ascii <= 57 ? UInt64(ascii - 48) : nil
        }
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0xFF10, scalar.value <= 0xFF19
        else { return nil }
        return UInt64(scalar.value - 0xFF10)
    }

    // MARK: Exclusions

    private func isBlocked(start: Int, end: Int, digits: Int, fractionDigits: Int) -> Bool {
        if start > 0 {
            let previous = characters[start - 1]
            if Self.blockedBefore.contains(previous) || previous.isASCIILetter { return true }
            // The second half of a range or date whose first half was not read as a number.
            if Self.rangeMarks.contains(previous), start > 1, Self.digit(characters[start - 2]) != nil { return true }
        }
        guard end < characters.count else { return false }
        let next = characters[end]
        if next.isASCIILetter || Self.blockedAfter.contains(next) { return true }
        if next == "年", fractionDigits == 0, digits == 4 { return true }
        if next == "〕" || next == "]" || next == "】" { return true }
        return false
    }

    private func hasApproximatePrefix(before start: Int) -> Bool {
        guard start > 0 else { return false }
        if Self.approximatePrefixes.contains(characters[start - 1]) { return true }
        guard start > 1 else { return false }
        let pair = String(characters[(start - 2)..<start])
        return pair == "超过" || pair == "接近" || pair == "大约" || pair == "将近"
    }

    // MARK: Units

    private func readUnit(start: Int, number: NumberRead) -> RawFigure? {
        var index = number.end
        var approximate = false
        var scale: Decimal = 1
        var written = ""
        func skipApproximation() {
            while index < characters.count, characters[index] == "余" || characters[index] == "多" {
                approximate = true
                index += 1
            }
        }
        skipApproximation()
        var baseLength = QuantityUnit.baseUnitLength(in: characters, at: index)
        if baseLength == nil {
            while index < characters.count, let multiplier = QuantityUnit.multiplier(characters[index]) {
                scale *= multiplier
                written.append(characters[index])
                index += 1
            }
            guard !written.isEmpty else { return nil }
            skipApproximation()
            baseLength = QuantityUnit.baseUnitLength(in: characters, at: index)
        }
        guard let baseLength else { return nil }
        let base = String(characters[index..<(index + baseLength)])
        written += base
        index += baseLength
        let end = index
        if index + 1 < characters.count {
            let pair = String(characters[index..<(index + 2)])
            if pair == "以上" || pair == "左右" || pair == "上下" { approximate = true }
        }
        if index < characters.count, characters[index] == "余" { approximate = true }
        return RawFigure(
            start: start, numberEnd: number.end, end: end, number: number.value, digitCount: number.digitCount,
            fractionDigits: number.fractionDigits, unit: QuantityUnit(text: written, base: base, scale: scale),
            isApproximate: approximate)
    }
}

extension Character {
    var isASCIILetter: Bool {
        guard let ascii = asciiValue else { return false }
        return (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122)
    }
}
