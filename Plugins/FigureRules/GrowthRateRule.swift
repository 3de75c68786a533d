import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities

/// `arithmetic.growth-rate`: a stated increase or growth rate that does not follow from the base
/// and the new value, beyond the rounding of the digits given.
public struct GrowthRateRule: ReportRule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "arithmetic.growth-rate",
        title: "增长额或增长率算不对",
        rationale: """
            “比上年增长了…，增长…%”这类表述中的增长额和增长率应能由新值和基数算出。评估组会据此核对\
            经费“只增不减”等硬指标，算不对的数字会被当作数据不实。按各数字书写的精度（末位的半个单位）\
            判断，四舍五入造成的差异不报；选项 tolerance 可按倍数放宽或收紧这一容差（默认 1）。
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            "全年教育支出12.60亿元，比上年的12.00亿元增长了0.60亿元，增长比例达↓6.5%。",
            "生均公用经费1250元，比上年的1200元增加了↓60元。",
            "全年教育总投入8.40亿元，比上年增加0.40亿元，增长↓4%。",
            "专项经费比上年的2400万元减少了300万元，降至2100万元，下降↓15%。",
            "学前教育普惠率由86.5%提高到89.2%，提高了↓3.7个百分点。",
        ],
        nonTriggeringExamples: [
            "全年教育总投入8.40亿元，比上年增加0.40亿元，增长5%。",
            "全年教育支出18.36亿元，比上年的17.50亿元增长了0.86亿元，增长比例达4.91%。",
            "生均经费15210.36元，比上年的14998.20元增长了212元，增长比例达1.4%。",
            "学生近视率较上年下降了0.8个百分点。",
            "学前教育普惠率由86.5%提高到89.2%，提高了2.7个百分点。",
            "全年教育支出约12亿元，比上年增长6.5%。",
            RuleExample(
                "全年教育支出12.60亿元，比上年的12.00亿元增长了0.60亿元，增长比例达5.3%。",
                options: RuleOptions(["tolerance": .number(3)])),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let tolerance = Tolerance(options: context.options(for: metadata.id))
        var diagnostics: [Diagnostic] = []
        for statement in SharedAnalysis.statements(of: report, context: context) {
            guard let growth = GrowthCheck(statement, tolerance: tolerance) else { continue }
            if let diagnostic = checkIncrease(growth) { diagnostics.append(diagnostic) }
            if let diagnostic = checkRate(growth) { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }

    private func checkIncrease(_ growth: GrowthCheck) -> Diagnostic? {
        // Most statements add up: the fast exact check says so without any `Decimal` arithmetic.
        guard !growth.increaseCertainlyFits else { return nil }
        guard let increase = growth.increase, let implied = growth.impliedIncrease,
              let written = growth.writtenIncrease, let current = growth.current, let base = growth.base,
              !implied.overlaps(increase.interval(factor: growth.factor))
        else { return nil }
        let digits = FigureFormatting.digits(like: increase)
        let expected = FigureFormatting.text(abs(written), in: increase.unit, fractionDigits: digits)
        let word = increase.unit.base == "个百分点" ? (written < 0 ? "下降幅度" : "提高幅度") : (written < 0 ? "减少额" : "增加额")
        return metadata.diagnostic(
            "按\(base.text)\(written < 0 ? "降至" : "增至")\(current.text)计算，\(word)应为\(expected)，而不是\(increase.text)",
            at: increase.range)
    }

    private func checkRate(_ growth: GrowthCheck) -> Diagnostic? {
        guard !growth.rateCertainlyFits else { return nil }
        guard let rate = growth.rate, let interval = growth.impliedRate,
              !interval.overlaps(rate.interval(factor: growth.factor))
        else { return nil }
        let implied = (interval: interval, written: growth.writtenRate)
        let digits = FigureFormatting.digits(like: rate, minimum: 2)
        let expected = FigureFormatting.number(abs(implied.written), fractionDigits: digits) + "%"
        let falling = implied.written < 0
        let basis: String
        if let current = growth.current, let base = growth.base {
            basis = "按\(base.text)\(falling ? "降至" : "增至")\(current.text)计算"
        } else if let current = growth.current, let increase = growth.increase {
            basis = "按\(current.text)比上年\(increase.sign < 0 ? "减少" : "增加")\(increase.text)计算"
        } else if let base = growth.base, let increase = growth.increase {
            basis = "按\(base.text)\(increase.sign < 0 ? "减少" : "增加")\(increase.text)计算"
        } else {
            return nil
        }
        let word = falling ? "下降率" : "增长率"
        let written = (rate.sign < 0 ? "下降" : "增长") + rate.text
        return metadata.diagnostic("\(basis)，\(word)应为\(expected)，而不是\(written)", at: rate.range)
    }
}
