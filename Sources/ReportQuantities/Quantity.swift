import Foundation
import ReportModel

/// What a figure does in its sentence, read from the words around it.
public enum QuantityRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// A plain figure: `建成学校27所`, or the new value of a growth statement.
    case value
    /// A total: after `共`, `共有`, `总计`, `全区…有`, or right before `其中`.
    case total
    /// A part of the preceding total: after `其中`, until the sentence ends at `。` or `；`.
    case part
    /// The value compared with: `比2020年的24.07亿元`, `较上年的…`, `由…`.
    case base
    /// A change in amount: `增长了1.39亿元`, `增加…`, `减少…` (negative), `提高0.7个百分点`.
    case increase
    /// A change as a percentage: `增长5.09%`, `增长比例达5.77%`, `年增长率0.34%`, `下降3%` (negative).
    case rate
}

/// One figure found in a paragraph: the number as written, its unit, its role and where it is.
public struct Quantity: Hashable, Sendable, Codable {
    /// The figure as written, unit included: `25.46亿元`, `1,234人`, `5.77%`.
    public var text: String
    /// The number as written, unsigned and unscaled: 25.46 for `25.46亿元`.
    public var number: Decimal {
        didSet { exactNumber = ScaledDecimal(number) }
    }
    /// `number` in the fast exact arithmetic, read from the digits by `FigureScanner` (nil when it
    /// does not fit); the figure checks compare this and fall back to `number` only without it.
    package private(set) var exactNumber: ScaledDecimal?
    /// Digits written after the decimal point (2 for `25.46`): the figure's precision.
    public var fractionDigits: Int
    public var unit: QuantityUnit
    /// Whether the figure was approximate (`约`, `近`, `余`, `多`, `以上`): never checked exactly.
    public var isApproximate: Bool
    public var role: QuantityRole
    /// -1 for a decrease (`减少`, `下降`, `降低`) or a figure written with a minus sign, 1 otherwise.
    public var sign: Int
    /// The words before the figure in its clause, cue words removed: `公办学校` in `其中公办学校172所`.
    public var label: String
    /// Character offsets of `text` in its paragraph's text.
    public var offset: Int
    public var length: Int
    public var range: SourceRange

    public init(
        text: String, number: Decimal, fractionDigits: Int, unit: QuantityUnit, isApproximate: Bool,
        role: QuantityRole, sign: Int, label: String, offset: Int, length: Int, range: SourceRange
    ) {
        self.init(
            text: text, number: number, exactNumber: ScaledDecimal(number), fractionDigits: fractionDigits, unit: unit,
            isApproximate: isApproximate, role: role, sign: sign, label: label, offset: offset, length: length, range: range)
    }

    /// A figure whose exact value was read from its digits (`exactNumber` must equal `number`).
    package init(
        text: String, number: Decimal, exactNumber: ScaledDecimal?, fractionDigits: Int, unit: QuantityUnit,
        isApproximate: Bool, role: QuantityRole, sign: Int, label: String, offset: Int, length: Int, range: SourceRange
    ) {
        self.text = text
        self.number = number
        self.exactNumber = exactNumber
        self.fractionDigits = fractionDigits
        self.unit = unit
        self.isApproximate = isApproximate
        self.role = role
        self.sign = sign
        self.label = label
        self.offset = offset
        self.length = length
        self.range = range
    }

    /// The figure in its base unit, signed: `-1.2亿元` of a `减少1.2亿元` is -120000000 (元).
    public var value: Decimal { number * unit.scale * Decimal(sign) }

    /// Half a unit in the last written place, in the base unit: 0.005亿元 for `25.46亿元`.
    public var halfUnit: Decimal { Decimal(sign: .plus, exponent: -fractionDigits - 1, significand: 5) * unit.scale }

    /// The interval of true values this figure may have been rounded from, widened by `factor`.
    public func interval(factor: Decimal = 1) -> DecimalInterval {
        // Most figures have no multiplier and the default factor: skip the Decimal multiplications
        // by one (intervals are only compared, so the equal values they give are all that counts).
        if sign == 1, factor == 1, unit.scale == 1 {
            let half = Decimal(sign: .plus, exponent: -fractionDigits - 1, significand: 5)
            return DecimalInterval(number, plusMinus: half)
        }
        return DecimalInterval(value, plusMinus: halfUnit * factor)
    }

    public var line: Int { range.start.line }

    /// The keys of the JSON form: `exactNumber` is derived from `number` and not written.
    enum CodingKeys: String, CodingKey {
        case text, number, fractionDigits, unit, isApproximate, role, sign, label, offset, length, range
    }

    public init(from decoder: any Decoder) throws {
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            text: keyed.decode(String.self, forKey: .text), number: keyed.decode(Decimal.self, forKey: .number),
            fractionDigits: keyed.decode(Int.self, forKey: .fractionDigits), unit: keyed.decode(QuantityUnit.self, forKey: .unit),
            isApproximate: keyed.decode(Bool.self, forKey: .isApproximate), role: keyed.decode(QuantityRole.self, forKey: .role),
            sign: keyed.decode(Int.self, forKey: .sign), label: keyed.decode(String.self, forKey: .label),
            offset: keyed.decode(Int.self, forKey: .offset), length: keyed.decode(Int.self, forKey: .length),
            range: keyed.decode(SourceRange.self, forKey: .range))
    }
}
