import Foundation
import ReportModel

/// Reads the figures of one paragraph, gives each its role and label, and groups them into
/// statements. One pass over the text plus work bounded by each clause: linear in the text.
struct ParagraphAnalyzer {
    let span: TextSpan
    let text: ScalarCodes

    init(_ span: TextSpan) {
        self.span = span
        self.text = ScalarCodes(span.text)
    }

    /// A figure with where it sits.
    struct Placed {
        /// Character offsets of the figure: where it starts and where its unit ends.
        var start: Int
        var end: Int
        var sentence: Int
        /// Character offsets of the words between the previous clause mark or figure and this figure.
        var lead: Range<Int>
        var quantity: Quantity
    }

    /// `其中` at a Character offset, in a sentence.
    struct PartsMark {
        var position: Int
        var sentence: Int
        /// Where a `其中` inside brackets stops: at the closing bracket (`小学60所（其中农村40所）`).
        var limit = Int.max
    }

    private static let qi: UInt32 = 0x5176  // 其
    private static let zhong: UInt32 = 0x4E2D  // 中

    func analyze() -> (quantities: [Quantity], statements: [QuantityStatement]) {
        let figures = FigureScanner(text).scan()
        guard !figures.isEmpty else { return ([], []) }
        var (placed, marks) = place(figures)
        assignRoles(&placed, marks: marks)
        var builder = StatementBuilder(span: span, text: text, placed: placed, marks: marks)
        var statements = builder.build()
        // The builder settles some roles (a figure before `其中` is a total) and repairs glued years.
        let quantities = builder.placed.map(\.quantity)
        // Each statement's first offset once, without building its list of figures; most paragraphs'
        // statements are in order already.
        let firstOffsets = statements.map(\.firstOffset)
        if zip(firstOffsets, firstOffsets.dropFirst()).contains(where: { $0 > $1 }) {
            statements = zip(firstOffsets, statements).sorted { $0.0 < $1.0 }.map(\.1)
        }
        return (quantities, statements)
    }

    /// Finds each figure's sentence and lead (the words since the last clause mark or figure) and
    /// each `其中`, in one pass.
    private func place(_ figures: [RawFigure]) -> ([Placed], [PartsMark]) {
        let codes = text.codes
        var placed: [Placed] = []
        placed.reserveCapacity(figures.count)
        var marks: [PartsMark] = []
        var sentence = 0
        var clauseStart = 0
        var next = 0
        var previousEnd = 0
        var index = 0
        var bracketMarks: [[Int]] = [[]]  // the marks opened at each bracket depth
        while index < codes.count && next < figures.count {
            // Most Characters are ideographs other than 其: not a figure's start (a digit), nor a mark.
            if codes[index] &- 0x4E00 <= 0x9FFF - 0x4E00, codes[index] != Self.qi {
                index += 1
                continue
            }
            if figures[next].start == index {
                let figure = figures[next]
                let lead = Swift.min(Swift.max(clauseStart, previousEnd), index)..<index
                let label = RoleCues.labelRange(of: codes[lead])
                let quantity = Quantity(
                    text: text.string(figure.start..<figure.end), number: figure.number, exactNumber: figure.exactNumber,
                    fractionDigits: figure.fractionDigits, unit: figure.unit, isApproximate: figure.isApproximate,
                    role: .value, sign: figure.isNegative ? -1 : 1, label: text.string(label), offset: figure.start,
                    length: figure.end - figure.start, range: span.range(ofCharacters: figure.start..<figure.end))
                placed.append(Placed(start: figure.start, end: figure.end, sentence: sentence, lead: lead, quantity: quantity))
                previousEnd = figure.end
                index = figure.end
                next += 1
                continue
            }
            let code = codes[index]
            if ScalarCodes.isSentenceEnd(code) {
                sentence += 1
                clauseStart = index + 1
                bracketMarks = [[]]
            } else if ScalarCodes.isClauseMark(code) {
                clauseStart = index + 1
                if code == 0xFF08 || code == 0x28 {  // （ (
                    bracketMarks.append([])
                } else if code == 0xFF09 || code == 0x29, bracketMarks.count > 1 {  // ） )
                    for mark in bracketMarks.removeLast() { marks[mark].limit = index }
                }
            } else if code == Self.qi, index + 1 < codes.count, codes[index + 1] == Self.zhong {
                marks.append(PartsMark(position: index, sentence: sentence))
                bracketMarks[bracketMarks.count - 1].append(marks.count - 1)
                clauseStart = index
            }
            index += 1
        }
        return (placed, marks)
    }

    private func assignRoles(_ placed: inout [Placed], marks: [PartsMark]) {
        var markIndex = 0
        for index in placed.indices {
            let start = placed[index].start
            let lead = text.codes[placed[index].lead]
            while markIndex + 1 < marks.count, marks[markIndex + 1].position < start { markIndex += 1 }
            let afterMark = markIndex < marks.count && marks[markIndex].position < start
                && marks[markIndex].sentence == placed[index].sentence
            let changeSign = RoleCues.changeSign(in: lead)
            let isDestination = RoleCues.endsInDestination(lead)
            // The role and sign are set in place: a `Quantity` is too big to copy out and back.
            if let changeSign, !isDestination, placed[index].quantity.unit.isPercent {
                placed[index].quantity.role = .rate
                placed[index].quantity.sign *= changeSign
            } else if let changeSign, !isDestination {
                placed[index].quantity.role = .increase
                placed[index].quantity.sign *= changeSign
            } else if RoleCues.introducesBase(lead) {
                placed[index].quantity.role = .base
            } else if isFollowedByPartsMark(placed[index].end) {
                placed[index].quantity.role = .total
            } else if afterMark && placed[index].quantity.unit.isAdditive {
                placed[index].quantity.role = .part
            } else if RoleCues.announcesTotal(lead) {
                placed[index].quantity.role = .total
            }
        }
    }

    /// ，,。；space　： (a switch, not an array literal, which would be allocated on every test).
    @inline(__always) private static func isSkippedBeforePartsMark(_ code: UInt32) -> Bool {
        switch code {
        case 0xFF0C, 0x2C, 0x3002, 0xFF1B, 0x20, 0x3000, 0xFF1A: true
        default: false
        }
    }

    /// Whether `其中` follows within a comma or full stop.
    private func isFollowedByPartsMark(_ end: Int) -> Bool {
        let codes = text.codes
        var index = end
        var skipped = 0
        // ，,。；space　：
        while index < codes.count, skipped < 3,
              Self.isSkippedBeforePartsMark(codes[index]) {
            index += 1
            skipped += 1
        }
        return index + 1 < codes.count && codes[index] == Self.qi && codes[index + 1] == Self.zhong
    }
}
