import Foundation
import ReportModel
import ReportScheme

/// The figures a draft derives instead of typing them: changes and growth rates from this year and
/// last, totals from their parts, and whether an indicator met its target. All in `Decimal`.
public enum DerivedFigures {
    /// Digits after the point of a growth rate (`5.77%`).
    public static let rateDigits = 2

    /// The change from `last` to `this`, with as many digits as the more precise of the two.
    public static func change(from last: Quantity, to this: Quantity) -> Quantity {
        Quantity(this.value - last.value, fractionDigits: max(this.fractionDigits, last.fractionDigits))
    }

    /// The growth rate in percent, rounded to `rateDigits`; nil when last year's value is zero.
    public static func growthRate(from last: Quantity, to this: Quantity) -> Quantity? {
        guard last.value != 0 else { return nil }
        let rate = (this.value - last.value) / last.value * 100
        return Quantity(rounded(rate, rateDigits), fractionDigits: rateDigits)
    }

    /// The sum of the parts, with as many digits as the most precise part.
    public static func sum(_ parts: [Quantity]) -> Quantity {
        Quantity(parts.reduce(Decimal(0)) { $0 + $1.value }, fractionDigits: parts.map(\.fractionDigits).max() ?? 0)
    }

    /// `已完成` when the actual meets the target (honouring its comparator); otherwise `推进中` when the
    /// target is set for a later period still running (`targetIsAhead`), else `未完成`.
    public static func completion(target: IndicatorValue?, actual: Quantity?, targetIsAhead: Bool = false) -> String {
        let completion = IndicatorCompletion.of(
            target: target, actual: actual.map { IndicatorValue(value: $0.value, fractionDigits: $0.fractionDigits) },
            targetIsAhead: targetIsAhead)
        return completion?.rawValue ?? "—"
    }

    static func rounded(_ value: Decimal, _ digits: Int) -> Decimal {
        var value = value
        var result = Decimal()
        NSDecimalRound(&result, &value, digits, .plain)
        return result
    }

    /// A figure's total: the value given, or the sum of its parts. Parts that add up to more than
    /// the total given are an error naming the data file and line.
    static func total(of figure: DataFigure, path: String) throws(DraftingError) -> Quantity {
        var partValues: [Quantity] = []
        for part in figure.parts { partValues.append(try total(of: part, path: path)) }
        guard !partValues.isEmpty else {
            guard let value = figure.value else {
                throw DraftingError(path: path, at: figure.location,
                                    detail: "数据“\(figure.name)”没有数值")
            }
            return value
        }
        let sum = sum(partValues)
        guard let value = figure.value else { return sum }
        if sum.value > value.value {
            let at = figure.valueLocation ?? figure.location
            let names = figure.parts.map(\.name).joined(separator: "、")
            throw DraftingError(
                path: path, at: at,
                detail: "数据自相矛盾：“\(figure.name)”为\(value.text)\(figure.unit)，但其中\(names)合计\(sum.text)\(figure.unit)，比总数还大")
        }
        return value
    }
}
