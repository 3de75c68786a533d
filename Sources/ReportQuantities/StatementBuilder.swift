import Foundation
import ReportModel

/// Groups a paragraph's figures into statements: each `其中` with the total before it and the parts
/// after it, and each growth statement (a value with the base, increase and rate that follow it).
struct StatementBuilder {
    let span: TextSpan
    let text: ScalarCodes
    var placed: [ParagraphAnalyzer.Placed]
    let marks: [ParagraphAnalyzer.PartsMark]

    init(span: TextSpan, text: ScalarCodes, placed: [ParagraphAnalyzer.Placed], marks: [ParagraphAnalyzer.PartsMark]) {
        self.span = span
        self.text = text
        self.placed = placed
        self.marks = marks
    }

    mutating func build() -> [QuantityStatement] {
        let compositions = buildCompositions()
        return compositions + buildGrowth()
    }

    private static func isValueLike(_ role: QuantityRole) -> Bool {
        role == .value || role == .total || role == .part
    }

    // MARK: Totals and parts

    private mutating func buildCompositions() -> [QuantityStatement] {
        var statements: [QuantityStatement] = []
        for (markIndex, mark) in marks.enumerated() {
            let scopeEnd = markIndex + 1 < marks.count && marks[markIndex + 1].sentence == mark.sentence
                ? marks[markIndex + 1].position : Int.max
            let partIndices = placed.indices.filter {
                placed[$0].sentence == mark.sentence && placed[$0].figure.start > mark.position
                    && placed[$0].figure.start < scopeEnd && placed[$0].quantity.role == .part
            }
            guard let firstPart = partIndices.first,
                  let totalIndex = totalIndex(before: mark, family: placed[firstPart].quantity.unit.family)
            else { continue }
            placed[totalIndex].quantity.role = .total
            let total = placed[totalIndex].quantity
            let parts = partIndices.map { placed[$0].quantity }.filter { $0.unit.family == total.unit.family }
            guard !parts.isEmpty else { continue }
            let recovered = Self.recoveringGluedYears(total: total, parts: parts, span: span)
            for part in recovered {
                if let index = placed.firstIndex(where: { $0.figure.start <= part.offset && part.offset < $0.figure.end }) {
                    placed[index].quantity = part
                }
            }
            statements.append(.composition(total: total, parts: recovered))
        }
        return statements
    }

    /// The figure a `其中` refers to: the last value before it in its sentence, or, when the
    /// sentence begins with `其中`, the last value of the sentence before.
    private func totalIndex(before mark: ParagraphAnalyzer.PartsMark, family: String) -> Int? {
        let candidates = placed.indices.filter {
            placed[$0].figure.end <= mark.position && Self.isValueLike(placed[$0].quantity.role)
                && placed[$0].quantity.unit.isAdditive
        }
        if let last = candidates.last(where: { placed[$0].sentence == mark.sentence }) {
            return placed[last].quantity.unit.family == family ? last : nil
        }
        let sentenceHasFigures = placed.contains { $0.sentence == mark.sentence && $0.figure.end <= mark.position }
        guard !sentenceHasFigures else { return nil }
        return candidates.last {
            placed[$0].sentence == mark.sentence - 1 && placed[$0].quantity.unit.family == family
        }
    }

    /// Web pages often lose the `年` of `其中2021年7217万元`, leaving `20217217万元`. When the parts
    /// exceed the total and reading a leading year out of such parts makes them fit, read them so.
    static func recoveringGluedYears(total: Quantity, parts: [Quantity], span: TextSpan) -> [Quantity] {
        let sum = DecimalInterval.sum(parts.map { $0.interval() })
        guard sum.lower > total.interval().upper else { return parts }
        var changed = false
        let repaired = parts.map { part -> Quantity in
            let digits = part.text.prefix { $0.isASCII && $0.isNumber }
            guard part.fractionDigits == 0, digits.count >= 5, digits.count == part.text.count - part.unit.text.count,
                  let year = Int(digits.prefix(4)), (1949...2099).contains(year),
                  let rest = Decimal(string: String(digits.dropFirst(4)))
            else { return part }
            changed = true
            var fixed = part
            fixed.number = rest
            fixed.text = String(part.text.dropFirst(4))
            fixed.offset += 4
            fixed.length -= 4
            fixed.range = span.range(ofCharacters: fixed.offset..<(fixed.offset + fixed.length))
            fixed.label = part.label + "\(year)年"
            return fixed
        }
        guard changed else { return parts }
        let repairedSum = DecimalInterval.sum(repaired.map { $0.interval() })
        return repairedSum.lower <= total.interval().upper ? repaired : parts
    }

    // MARK: Growth

    private func buildGrowth() -> [QuantityStatement] {
        var statements: [QuantityStatement] = []
        var group = QuantityStatement.growth(current: nil, base: nil, increase: nil, rate: nil)
        var sentence = -1
        func close() {
            let members = [group.current, group.base, group.increase, group.rate].compactMap { $0 }
            if members.count >= 2, group.base != nil || group.increase != nil || group.rate != nil {
                statements.append(group)
            }
            group = .growth(current: nil, base: nil, increase: nil, rate: nil)
        }
        for entry in placed {
            let quantity = entry.quantity
            if entry.sentence != sentence {
                close()
                sentence = entry.sentence
            }
            let reference = group.current ?? group.base
            switch quantity.role {
            case .value, .total, .part:
                if group.current == nil, let base = group.base, base.unit.family == quantity.unit.family,
                   RoleCues.endsInDestination(text.codes[entry.lead]) {
                    group.current = quantity
                } else {
                    close()
                    group.current = quantity
                }
            case .base:
                if group.base != nil || (reference.map { $0.unit.family != quantity.unit.family } ?? false) { close() }
                group.base = quantity
            case .increase:
                if group.increase != nil || (reference.map { !quantity.unit.measuresChange(of: $0.unit) } ?? false) {
                    close()
                }
                group.increase = quantity
            case .rate:
                if group.rate != nil { close() }
                group.rate = quantity
            }
        }
        close()
        return statements
    }
}
