import Foundation
import ReportModel
import ReportPluginKit

/// `figure.percentage-point`: the change of a rate or share written as a percentage. In
/// `毛入园率由90.2%提高到91.35%，增长1.15%`, 1.15 is the difference of two percentages: 1.15个百分点.
/// The opposite slip — a relative growth (`提高1.27个百分点` where the difference is 1.15) — is
/// reported too, without a fix.
public struct PercentagePointRule: ReportRule {
    static func messagePercent(_ written: String, _ points: String) -> String {
        "两个百分比之差应以“个百分点”表示：“\(written)”应为“\(points)个百分点”"
    }
    static func messageRelative(_ written: String, _ difference: String) -> String {
        "“\(written)个百分点”与前后两个百分比之差\(difference)个百分点不符（像是按增长率算的）：请核对"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "figure.percentage-point",
        title: "百分点与百分比混用",
        rationale: "比率、占比的变化量是两个百分比之差，应写作“提高1.15个百分点”；写成“增长1.15%”表示相对增长，意思完全不同。这是统计表述中审核最常指出的错误之一（参见国家统计局《统计上常用的指标含义》）。",
        defaultSeverity: .warning,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "学前三年毛入园率由90.2%提高到91.35%，增长↓1.15%。\n",
            "公办园在园幼儿占比从48.5%上升至52.7%，提高了↓4.2%；巩固率由95%提高到96.2%，提高↓1.26个百分点。\n",
        ],
        nonTriggeringExamples: [
            "学前三年毛入园率由90.2%提高到91.35%，提高1.15个百分点。\n",
            "教育经费由2.5亿元增加到2.8亿元，增长12%；合格率由90%提高到99%，增长幅度明显。\n",
        ],
        corrections: [
            RuleCorrection(
                "学前三年毛入园率由90.2%提高到91.35%，增长1.15%。\n",
                "学前三年毛入园率由90.2%提高到91.35%，增长1.15个百分点。\n"),
        ])

    private static let percent = MarkSet("%％"), from = MarkSet("由从"), to = MarkSet("到至")
    private static let verbs = ["提高", "增长", "增加", "上升", "下降", "降低", "减少", "回落"]

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let tolerance = Tolerance(options: context.options(for: metadata.id))
        for ruleText in RuleText.all(in: report, context: context) where
            ruleText.containsAny(of: Self.percent) && ruleText.containsAny(of: Self.from) && ruleText.containsAny(of: Self.to) {
            let text = ruleText.scalars
            for change in Self.changes(in: text, tolerance: tolerance) {
                let range = ruleText.range(change.range)
                let written = text[change.range].string
                if change.isPercent {
                    let points = text[change.number].string
                    diagnostics.append(metadata.diagnostic(
                        Self.messagePercent(written, points), at: range,
                        fix: Fix(range: range, replacement: points + "个百分点")))
                } else {
                    diagnostics.append(metadata.diagnostic(Self.messageRelative(written, change.difference), at: range))
                }
            }
        }
        return diagnostics
    }

    /// A change stated after `由A%…到B%` in the same sentence that does not read as points.
    struct Change {
        /// The written change: `1.15%`, or the figure before `个百分点`.
        var range: Range<Int>
        var number: Range<Int>
        var isPercent: Bool
        var difference: String
    }

    /// The changes in `text`; figures agree within `tolerance` (by default half a unit in the last
    /// place written, as the other figure rules have it).
    static func changes(in text: ScannedScalars, tolerance: Tolerance = Tolerance()) -> [Change] {
        var found: [Change] = []
        var index = 0
        while index < text.count {
            guard text[index] == "由" || text[index] == "从",
                  let (first, afterFirst) = percentage(in: text, at: index + 1) else { index += 1; continue }
            let sentenceEnd = text[afterFirst...].firstIndex { "。；！？\n".unicodeScalars.contains($0) } ?? text.count
            // `…提高到91.35%`: the second percentage after 到/至.
            guard let to = text[afterFirst..<sentenceEnd].firstIndex(where: { $0 == "到" || $0 == "至" }),
                  let (second, afterSecond) = percentage(in: text, at: to + 1) else { index = afterFirst; continue }
            let difference = abs(second.value - first.value)
            let decimals = max(first.decimals, second.decimals)
            // `，增长1.15%` or `，提高1.27个百分点` after it, in the same sentence.
            var position = afterSecond
            while position < sentenceEnd, text[position] == "，" || text[position] == "," { position += 1 }
            let tail = text[position..<min(sentenceEnd, position + 4)].string
            guard let verb = verbs.first(where: { tail.hasPrefix($0) }) else { index = afterSecond; continue }
            position += verb.unicodeScalars.count
            if position < sentenceEnd, text[position] == "了" { position += 1 }
            guard let (stated, afterStated) = number(in: text, at: position) else { index = afterSecond; continue }
            let allowance = tolerance.factor * Decimal(sign: .plus, exponent: -(decimals + 1), significand: 5)
            let isPercent = afterStated < text.count && (text[afterStated] == "%" || text[afterStated] == "％")
            let isPoints = text[afterStated..<min(text.count, afterStated + 4)].string == "个百分点"
            let written = FigureFormatting.number(difference, fractionDigits: decimals)
            if isPercent, abs(stated.value - difference) <= allowance {
                found.append(Change(range: position..<(afterStated + 1), number: position..<afterStated, isPercent: true,
                                    difference: written))
            } else if isPoints, abs(stated.value - difference) > allowance, first.value > 0,
                      abs(stated.value - difference / first.value * 100) <= Self.relativeAllowance + allowance {
                found.append(Change(range: position..<afterStated, number: position..<afterStated, isPercent: false,
                                    difference: written))
            }
            index = afterStated
        }
        return found
    }

    /// How far a stated number of points may be from the relative growth to count as one.
    private static let relativeAllowance = Decimal(sign: .plus, exponent: -2, significand: 5)

    private struct Figure {
        var value: Decimal
        var decimals: Int
    }

    /// A number at `index` (ASCII digits with an optional decimal part) and the index after it.
    private static func number(in text: ScannedScalars, at index: Int) -> (Figure, Int)? {
        var end = index
        var decimals = -1
        while end < text.count, text[end].isASCIIDigit || (text[end] == "." && decimals < 0) {
            if text[end] == "." { decimals = 0 } else if decimals >= 0 { decimals += 1 }
            end += 1
        }
        guard end > index, text[end - 1] != ".", let value = Decimal(plainDigits: text[index..<end].string) else { return nil }
        return (Figure(value: value, decimals: max(decimals, 0)), end)
    }

    /// A percentage at `index` (`90.2%`) and the index after its sign.
    private static func percentage(in text: ScannedScalars, at index: Int) -> (Figure, Int)? {
        guard let (figure, end) = number(in: text, at: index), end < text.count, text[end] == "%" || text[end] == "％"
        else { return nil }
        return (figure, end + 1)
    }
}
