import Foundation
import ReportModel
import ReportScheme

/// Last year's data carried into this year's: last year's values fill `上年数` where this year's data
/// leaves it empty (so the draft computes the changes and growth rates), and what a reviewer would
/// question is listed: figures that moved by more than `threshold`, and points answered with the
/// very text of last year.
public struct PreviousYear: Sendable {
    public let previous: DistrictData
    /// A change larger than this share of last year's value is listed (0.3 = 30 %).
    public let threshold: Decimal

    public init(_ previous: DistrictData, threshold: Decimal = Decimal(string: "0.3")!) {
        self.previous = previous
        self.threshold = threshold
    }

    /// What carrying last year in found.
    public struct Findings: Hashable, Sendable {
        /// Figures whose 上年数 came from last year's data, by name.
        public var filled: [String] = []
        /// `在校学生：上年 73418 人，本年 41030 人，减少44.11%` for each figure that moved more than the threshold.
        public var largeChanges: [String] = []
        /// `A1 健全党对教育工作领导的体制机制` for each point whose text is the same as last year's.
        public var unchangedPoints: [String] = []

        /// The lines for the person at the terminal, in Chinese.
        public func messages(previousPath: String, threshold: Decimal) -> [String] {
            var lines: [String] = []
            if !filled.isEmpty {
                lines.append("提示：以下\(filled.count)项的上年数取自 \(previousPath)：\(filled.joined(separator: "、"))")
            }
            let percent = NSDecimalNumber(decimal: threshold * 100).intValue
            if !largeChanges.isEmpty {
                lines.append("提示：以下\(largeChanges.count)项数据与上年相比变化超过\(percent)%，请核对：")
                lines += largeChanges.map { "  \($0)" }
            }
            if !unchangedPoints.isEmpty {
                lines.append("提示：以下\(unchangedPoints.count)个评价要点的文字与上年完全相同，评审时容易被认为照抄上年：")
                lines += unchangedPoints.map { "  \($0)" }
            }
            return lines
        }
    }

    /// `data` with last year's values filled in, and what was found on the way.
    public func carry(into data: DistrictData, scheme: EvaluationScheme) -> (DistrictData, Findings) {
        var data = data
        var findings = Findings()
        let lastBasics = Self.byName(previous.basics)
        data.basics = data.basics.map { carry($0, from: lastBasics, findings: &findings) }
        let lastPoints = Dictionary(previous.points.map { ($0.pointID, $0) }, uniquingKeysWith: { first, _ in first })
        for index in data.points.indices {
            let answer = data.points[index]
            guard let last = lastPoints[answer.pointID] else { continue }
            let figures = Self.byName(last.figures)
            data.points[index].figures = answer.figures.map { carry($0, from: figures, findings: &findings) }
            let text = Self.normalized(answer.paragraphs)
            if !text.isEmpty, text == Self.normalized(last.paragraphs) {
                let title = scheme.point(id: answer.pointID)?.title ?? ""
                findings.unchangedPoints.append("\(answer.pointID) \(title)")
            }
        }
        return (data, findings)
    }

    private func carry(_ figure: DataFigure, from last: [String: DataFigure], findings: inout Findings) -> DataFigure {
        var figure = figure
        guard let previous = last[figure.name] else { return figure }
        let previousValue = Self.total(previous)
        if figure.lastYear == nil, let previousValue {
            figure.lastYear = previousValue
            findings.filled.append(figure.name)
        }
        if let previousValue, previousValue.value != 0, let current = Self.total(figure) {
            let change = (current.value - previousValue.value) / previousValue.value
            if abs(change) > threshold {
                let rate = DerivedFigures.growthRate(from: previousValue, to: current)?.text ?? ""
                let word = change > 0 ? "增长" : "减少"
                let shown = rate.hasPrefix("-") ? String(rate.dropFirst()) : rate
                findings.largeChanges.append(
                    "\(figure.name)：上年\(previousValue.text)\(figure.unit)，本年\(current.text)\(figure.unit)，\(word)\(shown)%")
            }
        }
        let lastParts = Self.byName(previous.parts)
        figure.parts = figure.parts.map { carry($0, from: lastParts, findings: &findings) }
        return figure
    }

    /// The value given, or the sum of the parts when every part has one.
    static func total(_ figure: DataFigure) -> Quantity? {
        if let value = figure.value { return value }
        let parts = figure.parts.map(total)
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return DerivedFigures.sum(parts.compactMap { $0 })
    }

    static func byName(_ figures: [DataFigure]) -> [String: DataFigure] {
        Dictionary(figures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text without spaces and line breaks, for telling a copied paragraph from an edited one.
    static func normalized(_ paragraphs: [String]) -> String {
        paragraphs.joined().filter { !$0.isWhitespace }
    }
}
