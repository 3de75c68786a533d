import Foundation

/// Last year's figure in this year's unit: a report may give 教育经费总投入 in 亿元 one year and in
/// 万元 the next. Units with the same base and a Chinese multiplier (千, 万, 百万, 千万, 亿) convert;
/// others are the same unit only when written the same.
enum UnitConversion {
    /// Multipliers as powers of ten, longest first so that 千万 is not read as 千.
    private static let multipliers: [(prefix: String, exponent: Int)] = [
        ("千万", 7), ("百万", 6), ("亿", 8), ("万", 4), ("千", 3),
    ]

    /// `quantity`, written in `from`, in the unit `to`; nil when the two units measure different things.
    static func convert(_ quantity: Quantity, from: String, to: String) -> Quantity? {
        if from == to { return quantity }
        let source = split(from), target = split(to)
        guard !source.base.isEmpty, source.base == target.base else { return nil }
        let exponent = source.exponent - target.exponent
        let factor = Decimal(sign: .plus, exponent: exponent, significand: 1)
        return Quantity(quantity.value * factor, fractionDigits: max(0, quantity.fractionDigits - exponent))
    }

    /// The unit's multiplier (as a power of ten) and its base: 亿元 is (8, 元), 万人次 (4, 人次), 人 (0, 人).
    static func split(_ unit: String) -> (exponent: Int, base: String) {
        let unit = unit.trimmingCharacters(in: .whitespaces)
        for (prefix, exponent) in multipliers where unit.hasPrefix(prefix) && unit.count > prefix.count {
            return (exponent, String(unit.dropFirst(prefix.count)))
        }
        return (0, unit)
    }
}
