import Foundation
import ReportModel

/// Reads the figures of one paragraph, gives each its role and label, and groups them into
/// statements. One pass over the Characters plus work bounded by each clause: linear in the text.
struct ParagraphAnalyzer {
    let span: TextSpan
    let characters: [Character]

    init(_ span: TextSpan) {
        self.span = span
        self.characters = Array(span.text)
    }

    private static let sentenceEnds: Set<Character> = ["。", "；", ";", "！", "!", "？", "?", "\n"]
    private static let clauseMarks: Set<Character> = [
        "，", ",", "、", "：", ":", "（", "）", "(", ")", "“", "”", "《", "》", "\"", " ", "　", "\t",
    ]

    /// A figure with where it sits.
    struct Placed {
        var figure: RawFigure
        var sentence: Int
        var lead: String
        var quantity: Quantity
    }

    /// `其中` at a Character offset, in a sentence.
    struct PartsMark {
        var position: Int
        var sentence: Int
    }

    func analyze() -> (quantities: [Quantity], statements: [QuantityStatement]) {
        let figures = FigureScanner(characters).scan()
        guard !figures.isEmpty else { return ([], []) }
        var (placed, marks) = place(figures)
        assignRoles(&placed, marks: marks)
        var builder = StatementBuilder(span: span, placed: placed, marks: marks)
        var statements = builder.build()
        // The builder settles some roles (a figure before `其中` is a total) and repairs glued years.
        let quantities = builder.placed.map(\.quantity)
        let firstOffset: (QuantityStatement) -> Int = { $0.quantities.first?.offset ?? 0 }
        statements.sort { firstOffset($0) < firstOffset($1) }
        return (quantities, statements)
    }

    /// Finds each figure's sentence and lead (the words since the last clause mark or figure) and
    /// each `其中`, in one pass.
    private func place(_ figures: [RawFigure]) -> ([Placed], [PartsMark]) {
        var placed: [Placed] = []
        placed.reserveCapacity(figures.count)
        var marks: [PartsMark] = []
        var sentence = 0
        var clauseStart = 0
        var next = 0
        var previousEnd = 0
        var index = 0
        while index < characters.count && next < figures.count {
            if figures[next].start == index {
                let figure = figures[next]
                let leadStart = Swift.min(Swift.max(clauseStart, previousEnd), index)
                let lead = String(characters[leadStart..<index])
                let text = String(characters[figure.start..<figure.end])
                let quantity = Quantity(
                    text: text, number: figure.number, fractionDigits: figure.fractionDigits, unit: figure.unit,
                    isApproximate: figure.isApproximate, role: .value, sign: 1, label: RoleCues.label(from: lead),
                    offset: figure.start, length: figure.end - figure.start,
                    range: span.range(ofCharacters: figure.start..<figure.end))
                placed.append(Placed(figure: figure, sentence: sentence, lead: lead, quantity: quantity))
                previousEnd = figure.end
                index = figure.end
                next += 1
                continue
            }
            let character = characters[index]
            if Self.sentenceEnds.contains(character) {
                sentence += 1
                clauseStart = index + 1
            } else if Self.clauseMarks.contains(character) {
                clauseStart = index + 1
            } else if character == "其", index + 1 < characters.count, characters[index + 1] == "中" {
                marks.append(PartsMark(position: index, sentence: sentence))
                clauseStart = index
            }
            index += 1
        }
        return (placed, marks)
    }

    private func assignRoles(_ placed: inout [Placed], marks: [PartsMark]) {
        var markIndex = 0
        for index in placed.indices {
            let figure = placed[index].figure
            let lead = placed[index].lead
            while markIndex < marks.count, marks[markIndex].position < figure.start,
                  markIndex + 1 < marks.count, marks[markIndex + 1].position < figure.start {
                markIndex += 1
            }
            let afterMark = markIndex < marks.count && marks[markIndex].position < figure.start
                && marks[markIndex].sentence == placed[index].sentence
            var quantity = placed[index].quantity
            let changeSign = RoleCues.changeSign(in: lead)
            let isDestination = RoleCues.endsInDestination(lead)
            if let changeSign, !isDestination, quantity.unit.isPercent {
                quantity.role = .rate
                quantity.sign = changeSign
            } else if let changeSign, !isDestination {
                quantity.role = .increase
                quantity.sign = changeSign
            } else if RoleCues.introducesBase(lead) {
                quantity.role = .base
            } else if isFollowedByPartsMark(figure.end) {
                quantity.role = .total
            } else if afterMark && quantity.unit.isAdditive {
                quantity.role = .part
            } else if RoleCues.announcesTotal(lead) {
                quantity.role = .total
            }
            placed[index].quantity = quantity
        }
    }

    /// Whether `其中` follows within a comma or full stop.
    private func isFollowedByPartsMark(_ end: Int) -> Bool {
        var index = end
        var skipped = 0
        while index < characters.count, skipped < 3,
              ["，", ",", "。", "；", " ", "　", "："].contains(characters[index]) {
            index += 1
            skipped += 1
        }
        return index + 1 < characters.count && characters[index] == "其" && characters[index + 1] == "中"
    }
}
