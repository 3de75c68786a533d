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

    /// One sweep over the marks and the figures together: each `其中` looks back at the values
    /// remembered for its sentence (and the one before) and forward over its own scope only.
    private mutating func buildCompositions() -> [QuantityStatement] {
        var statements: [QuantityStatement] = []
        var cursor = 0
        var sentence = -1
        var lastValue: Int?  // the last value-like figure of the current sentence
        var currentByFamily: [String: Int] = [:]
        var previousByFamily: [String: Int] = [:]
        func remember(_ index: Int) {
            let entry = placed[index]
            if entry.sentence != sentence {
                previousByFamily = entry.sentence == sentence + 1 ? currentByFamily : [:]
                currentByFamily = [:]
                lastValue = nil
                sentence = entry.sentence
            }
            guard Self.isValueLike(entry.quantity.role), entry.quantity.unit.isAdditive else { return }
            lastValue = index
            currentByFamily[entry.quantity.unit.family] = index
        }
        for (markIndex, mark) in marks.enumerated() {
            while cursor < placed.count, placed[cursor].start < mark.position {
                remember(cursor)
                cursor += 1
            }
            if sentence != mark.sentence {
                previousByFamily = mark.sentence == sentence + 1 ? currentByFamily : [:]
                currentByFamily = [:]
                lastValue = nil
                sentence = mark.sentence
            }
            let nextMark = markIndex + 1 < marks.count && marks[markIndex + 1].sentence == mark.sentence
                ? marks[markIndex + 1].position : Int.max
            let scopeEnd = Swift.min(nextMark, mark.limit)
            var partIndices: [Int] = []
            var scan = cursor
            while scan < placed.count, placed[scan].sentence == mark.sentence, placed[scan].start < scopeEnd {
                if placed[scan].quantity.role == .part { partIndices.append(scan) }
                scan += 1
            }
            guard let firstPart = partIndices.first else { continue }
            let family = placed[firstPart].quantity.unit.family
            let totalIndex: Int?
            if let lastValue {
                totalIndex = placed[lastValue].quantity.unit.isSameFamily(as: placed[firstPart].quantity.unit) ? lastValue : nil
            } else {
                totalIndex = previousByFamily[family]
            }
            guard let totalIndex else { continue }
            placed[totalIndex].quantity.role = .total
            let total = placed[totalIndex].quantity
            let members = partIndices.filter { placed[$0].quantity.unit.isSameFamily(as: total.unit) }
            let recovered = Self.recoveringGluedYears(
                total: total, parts: members.map { placed[$0].quantity }, span: span)
            for (index, part) in zip(members, recovered) { placed[index].quantity = part }
            statements.append(.composition(total: total, parts: recovered))
        }
        return statements
    }

    /// Web pages often lose the `年` of `其中2021年7217万元`, leaving `20217217万元`. When the parts
    /// exceed the total and reading a leading year out of such parts makes them fit, read them so.
    static func recoveringGluedYears(total: Quantity, parts: [Quantity], span: TextSpan) -> [Quantity] {
        guard exceeds(parts, total) else { return parts }
        var changed = false
        let repaired = parts.map { part -> Quantity in
            let digits = part.text.prefix { $0.isASCII && $0.isNumber }
            // Only a part with no words of its own (`其中20217217万元`) and a remainder that reads as a
            // number (no leading zero) can have lost its year's 年.
            guard part.label.isEmpty, part.fractionDigits == 0, digits.count >= 5,
                  digits.count == part.text.count - part.unit.text.count,
                  let year = Int(digits.prefix(4)), (1949...2099).contains(year),
                  digits.dropFirst(4).first != "0",
                  let rest = Decimal(string: String(digits.dropFirst(4)))
            else { return part }
            changed = true
            var fixed = part
            fixed.number = rest
            fixed.text = String(part.text.dropFirst(4))
            fixed.offset += 4
            fixed.length -= 4
            fixed.range = span.range(ofCharacters: fixed.offset..<(fixed.offset + fixed.length))
            fixed.label = "\(year)年"
            return fixed
        }
        guard changed else { return parts }
        return exceeds(repaired, total) ? parts : repaired
    }

    private static let one = ScaledDecimal(significand: 1, exponent: 0)

    /// Whether the parts add up to more than their total can be, beyond the rounding of each.
    static func exceeds(_ parts: [Quantity], _ total: Quantity) -> Bool {
        if let sum = ExactInterval.sum(parts.lazy.map { $0.exactInterval(factor: one) }),
           let whole = total.exactInterval(factor: one), let above = sum.isAbove(whole) {
            return above
        }
        return DecimalInterval.sum(parts.map { $0.interval() }).lower > total.interval().upper
    }

    // MARK: Growth

    private func buildGrowth() -> [QuantityStatement] {
        var statements: [QuantityStatement] = []
        // The open group's members as indices into `placed`, so that no figure is copied until a
        // statement is made of it.
        var current: Int?, base: Int?, increase: Int?, rate: Int?
        var sentence = -1
        func close() {
            let claims = (base == nil ? 0 : 1) + (increase == nil ? 0 : 1) + (rate == nil ? 0 : 1)
            if claims > 0, claims + (current == nil ? 0 : 1) >= 2 {
                statements.append(.growth(
                    current: current.map { placed[$0].quantity }, base: base.map { placed[$0].quantity },
                    increase: increase.map { placed[$0].quantity }, rate: rate.map { placed[$0].quantity }))
            }
            current = nil
            base = nil
            increase = nil
            rate = nil
        }
        for index in placed.indices {
            let entry = placed[index]
            let unit = entry.quantity.unit
            if entry.sentence != sentence {
                close()
                sentence = entry.sentence
            }
            let reference = current ?? base
            switch entry.quantity.role {
            case .value, .total, .part:
                if current == nil, let base, placed[base].quantity.unit.isSameFamily(as: unit),
                   RoleCues.endsInDestination(text.codes[entry.lead]) {
                    current = index
                } else {
                    close()
                    current = index
                }
            case .base:
                if base != nil || (reference.map { !placed[$0].quantity.unit.isSameFamily(as: unit) } ?? false) { close() }
                base = index
            case .increase:
                if increase != nil || (reference.map { !unit.measuresChange(of: placed[$0].quantity.unit) } ?? false) {
                    close()
                }
                increase = index
            case .rate:
                if rate != nil { close() }
                rate = index
            }
        }
        close()
        return statements
    }
}
