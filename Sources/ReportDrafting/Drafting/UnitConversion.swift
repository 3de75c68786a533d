import Foundation
import ReportQuantities

/// Last year's figure in this year's unit: a report may give 教育经费总投入 in 亿元 one year and in
/// 万元 the next. Units with the same base and a Chinese multiplier (百, 千, 万, 亿, as the figure
/// scanner reads them) convert; others are the same unit only when written the same.
enum UnitConversion {
    /// `quantity`, written in `from`, in the unit `to`; nil when the two units measure different things.
    static func convert(_ quantity: Quantity, from: String, to: String) -> Quantity? {
        if from == to { return quantity }
        let source = QuantityUnit.powerAndBase(of: from.trimmingCharacters(in: .whitespaces))
        let target = QuantityUnit.powerAndBase(of: to.trimmingCharacters(in: .whitespaces))
        guard !source.base.isEmpty, source.base == target.base else { return nil }
        let exponent = source.power - target.power
        let factor = Decimal(sign: .plus, exponent: exponent, significand: 1)
        return Quantity(quantity.value * factor, fractionDigits: max(0, quantity.fractionDigits - exponent))
    }
}
