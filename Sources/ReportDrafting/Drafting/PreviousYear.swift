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
    /// Whether `previous` was read from last year's report (`PreviousReportLoader`) rather than its data:
    /// its figures are the appendix's indicators, usable for any figure of the same name, and a
    /// point's text there ends with the sentence its figures made.
    public let isFromReport: Bool

    /// The threshold when none is given: 30 %.
    public static let defaultThreshold = Decimal(string: "0.3")!

    public init(_ previous: DistrictData, threshold: Decimal = PreviousYear.defaultThreshold, isFromReport: Bool = false) {
        self.previous = previous
        self.threshold = threshold
        self.isFromReport = isFromReport
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
            let percent = NSDecimalNumber(decimal: threshold * 100).stringValue
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
            let last = lastPoints[answer.pointID]
            // A report's figures are its indicators, not a point's: any point's figure may take them.
            var figures = Self.byName(last?.figures ?? [])
            if isFromReport { figures.merge(lastBasics) { own, _ in own } }
            data.points[index].figures = answer.figures.map { carry($0, from: figures, findings: &findings) }
            guard let last else { continue }
            let text = Self.normalized(answer.paragraphs), lastText = Self.normalized(last.paragraphs)
            if !text.isEmpty, text == lastText || (isFromReport && lastText.hasPrefix(text)) {
                let title = scheme.point(id: answer.pointID)?.title ?? ""
                findings.unchangedPoints.append("\(answer.pointID) \(title)")
            }
        }
        let lastIndicators = Dictionary(
            Self.flattened(previous.indicators).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for indicator in Self.flattened(data.indicators) {
            guard let actual = indicator.actual, let last = lastIndicators[indicator.name], let lastActual = last.actual,
                  let previous = UnitConversion.convert(lastActual, from: last.unit ?? "", to: indicator.unit ?? "")
            else { continue }
            noteChange(indicator.name, unit: indicator.unit ?? "", from: previous, to: actual, findings: &findings)
        }
        return (data, findings)
    }

    static func flattened(_ indicators: [DataIndicator]) -> [DataIndicator] {
        indicators.flatMap { [$0] + flattened($0.parts) }
    }

    /// Lists a change from `previous` to `current` larger than the threshold.
    private func noteChange(_ name: String, unit: String, from previous: Quantity, to current: Quantity, findings: inout Findings) {
        guard previous.value != 0 else { return }
        let change = (current.value - previous.value) / previous.value
        guard abs(change) > threshold else { return }
        let rate = DerivedFigures.growthRate(from: previous, to: current)?.text ?? ""
        let word = change > 0 ? "增长" : "减少"
        let shown = rate.hasPrefix("-") ? String(rate.dropFirst()) : rate
        findings.largeChanges.append("\(name)：上年\(previous.text)\(unit)，本年\(current.text)\(unit)，\(word)\(shown)%")
    }

    private func carry(_ figure: DataFigure, from last: [String: DataFigure], findings: inout Findings) -> DataFigure {
        var figure = figure
        // Last year's value in this year's unit (17.93亿元 is 179300万元); a figure of another kind
        // that happens to share the name is not last year's.
        guard let previous = last[figure.name] else { return figure }
        let previousValue = Self.total(previous).map { UnitConversion.convert($0, from: previous.unit, to: figure.unit) }
        guard previousValue != .some(nil) else { return figure }
        let lastValue = previousValue.flatMap { $0 }
        if figure.lastYear == nil, let lastValue {
            figure.lastYear = lastValue
            findings.filled.append(figure.name)
        }
        if let lastValue, let current = Self.total(figure) {
            noteChange(figure.name, unit: figure.unit, from: lastValue, to: current, findings: &findings)
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
