import Foundation
import ReportModel
import ReportScheme

/// Turns data figures into sentences with the scheme's patterns, deriving every computed figure.
struct FigureSentences {
    let renderer: PatternRenderer
    let path: String

    /// One sentence for a figure (without final punctuation).
    func sentence(_ figure: DataFigure) throws(DraftingError) -> String {
        let total = try DerivedFigures.total(of: figure, path: path)
        var pieces: [String] = []
        if let lastYear = figure.lastYear {
            pieces.append(try comparison(figure, total: total, lastYear: lastYear))
        }
        if !figure.parts.isEmpty {
            var parts: [[String: Any]] = []
            for (index, part) in figure.parts.enumerated() {
                parts.append([
                    "name": part.name, "unit": part.unit,
                    "value": try DerivedFigures.total(of: part, path: path).text,
                    "first": index == 0, "last": index == figure.parts.count - 1,
                ])
            }
            var sentence = Self.trimmed(renderer.render(.figureParts, [
                "name": figure.name, "unit": figure.unit, "total": total.text, "value": total.text, "parts": parts,
            ]))
            // After the comparison (`学校167所，比上年的131所增加36所，增长27.48%`), the parts go on
            // with `其中…`: the figure is not named twice.
            let lead = "\(figure.name)\(total.text)\(figure.unit)，"
            if !pieces.isEmpty, sentence.hasPrefix(lead) { sentence.removeFirst(lead.count) }
            pieces.append(sentence)
        }
        if pieces.isEmpty {
            pieces.append(renderer.render(.figure, ["name": figure.name, "unit": figure.unit, "value": total.text]))
        }
        return pieces.map(Self.trimmed).joined(separator: "，")
    }

    /// This year against last, as a reviewer expects it: `与上年持平` when unchanged; a rate or share
    /// (unit `%`) in percentage points (`提高1.15个百分点`); anything else as a change and growth rate.
    /// Decreases read 减少/下降 with positive numbers.
    private func comparison(_ figure: DataFigure, total: Quantity, lastYear: Quantity) throws(DraftingError) -> String {
        let change = DerivedFigures.change(from: lastYear, to: total)
        let increased = change.value >= 0
        var values: [String: Any] = [
            "name": figure.name, "unit": figure.unit, "value": total.text, "previous": lastYear.text,
            "change": Quantity(abs(change.value), fractionDigits: change.fractionDigits).text,
            "increased": increased, "decreased": !increased,
        ]
        if change.value == 0 { return renderer.render(.figureUnchanged, values) }
        if Self.isPercentage(figure.unit) { return renderer.render(.figurePoints, values) }
        guard let rate = DerivedFigures.growthRate(from: lastYear, to: total) else {
            throw DraftingError(path: path, at: figure.location, detail: "“\(figure.name)”上年数为0，无法计算增长率")
        }
        values["rate"] = Quantity(abs(rate.value), fractionDigits: rate.fractionDigits).text
        return renderer.render(.figureGrowth, values)
    }

    /// Whether figures in `unit` are rates or shares, whose changes are percentage points.
    static func isPercentage(_ unit: String) -> Bool {
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        return trimmed == "%" || trimmed == "％"
    }

    /// The figures of a point as one paragraph: sentences joined by `；`, ending in `。`.
    func paragraph(_ figures: [DataFigure]) throws(DraftingError) -> String? {
        guard !figures.isEmpty else { return nil }
        var sentences: [String] = []
        for figure in figures { sentences.append(try sentence(figure)) }
        return sentences.joined(separator: "；") + "。"
    }

    static func trimmed(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = result.last, "。；，;,.".contains(last) { result.removeLast() }
        return result
    }
}

private func abs(_ value: Decimal) -> Decimal { value < 0 ? -value : value }
