import Foundation

/// How a target or an actual value compares: `>98.5` is `.greaterThan`, a bare `95` is `.equal`.
public enum Comparator: String, Hashable, Sendable, Codable, CaseIterable {
    case greaterThan = ">"
    case greaterThanOrEqual = "≥"
    case lessThan = "<"
    case lessThanOrEqual = "≤"
    case equal = "="

    /// Reads a comparator sign, accepting the ASCII and full-width spellings drafts use.
    public init?(sign: Substring) { self.init(signScalars: sign.unicodeScalars) }

    /// The same for the scalars of a sign.
    init?(signScalars sign: Substring.UnicodeScalarView) {
        var scalars = sign.makeIterator()
        guard let first = scalars.next() else { return nil }
        let second = scalars.next()
        guard scalars.next() == nil else { return nil }
        self.init(first, second)
    }

    /// A sign of one scalar (`second` nil) or two: the one table of spellings.
    @inline(__always)
    init?(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) {
        switch (first, second) {
        case (">", nil), ("＞", nil): self = .greaterThan
        case ("≥", nil), (">", "="), ("＞", "＝"), ("≧", nil): self = .greaterThanOrEqual
        case ("<", nil), ("＜", nil): self = .lessThan
        case ("≤", nil), ("<", "="), ("＜", "＝"), ("≦", nil): self = .lessThanOrEqual
        case ("=", nil), ("＝", nil): self = .equal
        default: return nil
        }
    }
}

/// A figure in an indicator table: a comparator and an exact `Decimal`, with the digits as written.
///
/// Kept in 16 bytes (a table has two per row): the value as a `CompactScaledDecimal` when its
/// significand fits 64 bits — every figure a draft writes — and only otherwise as a boxed `Decimal`.
public struct IndicatorValue: Hashable, Sendable, Codable {
    /// How the value is held.
    private enum Storage: Hashable, Sendable {
        case exact(CompactScaledDecimal)
        case decimal(DecimalBox)
    }

    /// A `Decimal` that does not fit 64 bits of significand, out of line.
    private final class DecimalBox: Hashable, Sendable {
        let value: Decimal
        init(_ value: Decimal) { self.value = value }
        static func == (a: DecimalBox, b: DecimalBox) -> Bool { a.value == b.value }
        func hash(into hasher: inout Hasher) { hasher.combine(value) }
    }

    private var storage: Storage
    public var comparator: Comparator
    private var storedFractionDigits: Int16

    public var value: Decimal {
        get {
            switch storage {
            case .exact(let exact): exact.value.decimal
            case .decimal(let box): box.value
            }
        }
        set { storage = Self.storage(exact: ScaledDecimal(newValue), decimal: newValue) }
    }

    /// `value` in the fast exact arithmetic (nil when it does not fit).
    package var exactValue: ScaledDecimal? {
        if case .exact(let exact) = storage { exact.value } else { nil }
    }

    /// Digits after the decimal point as written: `98.50` has 2, so it is checked to ±0.005.
    public var fractionDigits: Int {
        get { Int(storedFractionDigits) }
        set { storedFractionDigits = Int16(clamping: newValue) }
    }

    public init(comparator: Comparator = .equal, value: Decimal, fractionDigits: Int = 0) {
        self.init(comparator: comparator, exact: ScaledDecimal(value), decimal: value, fractionDigits: fractionDigits)
    }

    /// A value read from digits: `exact`, and `decimal` for numbers too long for the exact form.
    private init(comparator: Comparator, exact: ScaledDecimal?, decimal: Decimal?, fractionDigits: Int) {
        self.comparator = comparator
        self.storage = Self.storage(exact: exact, decimal: decimal)
        self.storedFractionDigits = Int16(clamping: fractionDigits)
    }

    /// The one place the form is chosen: `exact` inline when it fits 16 bytes, otherwise the
    /// `Decimal` boxed (`decimal`, or `exact` made into one when only that was read).
    private static func storage(exact: ScaledDecimal?, decimal: Decimal?) -> Storage {
        if let compact = exact.flatMap(CompactScaledDecimal.init) { return .exact(compact) }
        return .decimal(DecimalBox(decimal ?? exact?.decimal ?? 0))
    }

    /// The keys of the JSON form: `exactValue` is derived from `value` and not written.
    enum CodingKeys: String, CodingKey { case comparator, value, fractionDigits }

    public init(from decoder: any Decoder) throws {
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            comparator: keyed.decode(Comparator.self, forKey: .comparator), value: keyed.decode(Decimal.self, forKey: .value),
            fractionDigits: keyed.decode(Int.self, forKey: .fractionDigits))
    }

    public func encode(to encoder: any Encoder) throws {
        var keyed = encoder.container(keyedBy: CodingKeys.self)
        try keyed.encode(comparator, forKey: .comparator)
        try keyed.encode(value, forKey: .value)
        try keyed.encode(fractionDigits, forKey: .fractionDigits)
    }

    /// Reads `>98.5`, `≥90`, `＞98.50`, `95`, `1,234.5`, `89.68%`; nil for anything else (`100：12.8`).
    public init?(parsing text: String) {
        // Read from the cell's UTF-8 bytes, decoded into scalars on the stack: cells are many and
        // short, and grapheme breaking is not needed to find signs, digits and spaces.
        let parsed = text.utf8.withContiguousStorageIfAvailable(Self.parsing) ?? {
            var copy = text
            return copy.withUTF8(Self.parsing)
        }()
        guard let (comparator, number) = parsed else { return nil }
        self.init(comparator: comparator, exact: number.exact, decimal: number.value, fractionDigits: number.fractionDigits)
    }

    /// `init?(parsing:)` on the UTF-8 `bytes` of a cell (valid UTF-8, as a `String`'s are): its
    /// spaces trimmed, a sign of two scalars (`>=`) tried before one, spaces after the sign
    /// trimmed, one `%` or `％` dropped from the end, and the rest read as a plain number.
    private static func parsing(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (Comparator, (value: Decimal?, exact: ScaledDecimal?, fractionDigits: Int))? {
        // Most cells are ASCII (`300`, `>98.5`): their bytes are their scalars, read in place.
        if !bytes.contains(where: { $0 >= 0x80 }) {
            return parsing(scalars: bytes.lazy.map { Unicode.Scalar($0) })
        }
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { scalars in
            var count = 0, index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    scalars.initializeElement(at: count, to: Unicode.Scalar(lead))
                    index += 1
                } else {
                    let (value, length) = UTF8Scalars.decode(at: bytes.baseAddress.unsafelyUnwrapped + index)
                    scalars.initializeElement(at: count, to: Unicode.Scalar(decoded: value))
                    index += length
                }
                count += 1
            }
            return parsing(scalars: UnsafeBufferPointer(rebasing: scalars[..<count]))
        }
    }

    /// `parsing(_:)` on the cell's scalars.
    @inline(__always)
    private static func parsing<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        scalars: Scalars
    ) -> (Comparator, (value: Decimal?, exact: ScaledDecimal?, fractionDigits: Int))? where Scalars.Index == Int {
        var start = scalars.startIndex, end = scalars.endIndex
        func trimSpaces() {
            while start < end, isSpace(scalars[start]) { start += 1 }
            while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        }
        trimSpaces()
        var comparator = Comparator.equal
        if start < end {
            if end - start >= 2, let sign = Comparator(scalars[start], scalars[start + 1]) {
                comparator = sign
                start += 2
            } else if let sign = Comparator(scalars[start], nil) {
                comparator = sign
                start += 1
            }
        }
        trimSpaces()
        if end > start, scalars[end - 1] == "%" || scalars[end - 1] == "％" { end -= 1 }
        guard let number = number(scalars[start..<end]) else { return nil }
        return (comparator, number)
    }

    /// The spaces trimmed around a figure and its sign: what `CharacterSet.whitespaces` names (tabs
    /// and space separators).
    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "\u{00A0}": true
        case "\0"..."\u{7F}": false
        default: scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// A plain number (ASCII or full-width digits, `,` anywhere, one point, a leading `-`) read
    /// straight into its significand: the `Decimal` and the exact value are built from it. Numbers
    /// of more than 19 significant digits are read by `Decimal(plainDigits:)`.
    private static func number<Scalars: Collection<Unicode.Scalar>>(
        _ scalars: Scalars
    ) -> (value: Decimal?, exact: ScaledDecimal?, fractionDigits: Int)? {
        var negative = false, sawPoint = false, sawDigit = false, sawAny = false
        var significand: UInt64 = 0, significantDigits = 0, fractionDigits = 0
        for scalar in scalars where scalar != "," {
            defer { sawAny = true }
            switch scalar.value {
            case 0x2D:
                guard !sawAny else { return nil }
                negative = true
            case 0x2E, 0xFF0E:
                guard !sawPoint else { return nil }
                sawPoint = true
            case 0x30...0x39, 0xFF10...0xFF19:
                let digit = UInt64(scalar.value >= 0xFF10 ? scalar.value - 0xFF10 : scalar.value - 0x30)
                sawDigit = true
                if sawPoint { fractionDigits += 1 }
                // Leading zeros add nothing to the significand.
                guard significand != 0 || digit != 0 else { continue }
                significantDigits += 1
                guard significantDigits <= 19 else { return longNumber(scalars) }
                significand = significand * 10 + digit
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        var exact = ScaledDecimal(digits: significand, fractionDigits: fractionDigits)
        if negative { exact.significand.negate() }
        // At most 19 digits: the exact form always holds it, and the `Decimal` is made from it on demand.
        return (nil, exact, fractionDigits)
    }

    /// `number(_:)` for more than 19 significant digits, through `Decimal(plainDigits:)`.
    private static func longNumber<Scalars: Collection<Unicode.Scalar>>(
        _ scalars: Scalars
    ) -> (value: Decimal?, exact: ScaledDecimal?, fractionDigits: Int)? {
        var digits = ""
        var fractionDigits = 0
        var sawPoint = false
        for scalar in scalars where scalar != "," {
            switch scalar.value {
            case 0x30...0x39, 0x2D: digits.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19: digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0x2E, 0xFF0E:
                guard !sawPoint else { return nil }
                sawPoint = true
                digits.unicodeScalars.append(".")
                continue
            default: return nil
            }
            if sawPoint { fractionDigits += 1 }
        }
        guard let value = Decimal(plainDigits: digits) else { return nil }
        return (value, ScaledDecimal(value), fractionDigits)
    }

    /// The value as written, comparator first when there is one: `>98.5`.
    public var text: String {
        let number = value.formatted(fractionDigits: fractionDigits)
        return comparator == .equal ? number : comparator.rawValue + number
    }

    /// Whether `actual` meets this target, honouring the comparator (a bare target means "at least").
    public func isMet(by actual: Decimal) -> Bool {
        isMet(comparison: actual < value ? -1 : actual == value ? 0 : 1)
    }

    /// Whether the actual figure `actual` meets this target: compared exactly without `Decimal`
    /// when both fit (every figure a table usually holds).
    public func isMet(by actual: IndicatorValue) -> Bool {
        if let a = actual.exactValue, let t = exactValue, let order = ScaledDecimal.compare(a, t) {
            return isMet(comparison: order)
        }
        return isMet(by: actual.value)
    }

    /// `comparison`: the actual against the target, -1 below, 0 equal, 1 above.
    private func isMet(comparison: Int) -> Bool {
        switch comparator {
        case .greaterThan: comparison > 0
        case .greaterThanOrEqual, .equal: comparison >= 0
        case .lessThan: comparison < 0
        case .lessThanOrEqual: comparison <= 0
        }
    }
}

extension String {
    /// Replaces full-width digits and the full-width full stop with their ASCII forms.
    public func applyingHalfWidthDigits() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF10...0xFF19: Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!
            case 0xFF0E: "."
            default: scalar
            }
        }))
    }
}

extension Decimal {
    /// The value with exactly `fractionDigits` digits after the point, in plain notation.
    public func formatted(fractionDigits: Int) -> String {
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, fractionDigits, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        guard fractionDigits > 0 else { return text }
        if !text.contains(".") { text += "." }
        let have = text.split(separator: ".", omittingEmptySubsequences: false)[1].count
        if have < fractionDigits { text += String(repeating: "0", count: fractionDigits - have) }
        return text
    }
}

extension IndicatorValue: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "comparator")
        writer.string(comparator.rawValue)
        writer.key(ascii: "fractionDigits")
        writer.int(fractionDigits)
        writer.key(ascii: "value")
        switch storage {
        case .exact(let exact): exact.writeJSON(to: &writer)
        case .decimal(let box): writer.decimal(box.value)
        }
        writer.endObject()
    }
}
