import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities

/// `arithmetic.sum`: the parts after `其中` add up to more than their total, or parts that make up
/// the whole (公办 + 民办, 男 + 女, …) do not add up to it.
public struct ArithmeticSumRule: ReportRule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "arithmetic.sum",
        title: "分项之和与总数不符",
        rationale: """
            “其中”所列各项之和不能超过总数；公办与民办、城镇与农村、男与女等合起来覆盖全部的分项，\
            之和应等于总数。评估组会逐项复核这些数字，数字对不上会直接影响报告的可信度。按各数字书写的精度\
            （末位的半个单位）判断；选项 tolerance 可放宽或收紧这一容差（倍数，默认 1），\
            选项 exhaustive 可补充合起来覆盖全部的分项组合（如“在编/非在编”）。
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            "全县共有中学↓58所，其中公办中学41所，民办中学19所。",
            "全镇小学在校学生↓3250人，其中男生1580人，女生1620人。",
            "全县幼儿园专任教师↓1,206人，其中城镇幼儿园1,050人，农村幼儿园200人。",
            RuleExample(
                "全县共有职工↓930人，其中在编职工700人，非在编职工200人。",
                options: RuleOptions(["exhaustive": .list(["在编/非在编"])])),
        ],
        nonTriggeringExamples: [
            "全县共有中学58所，其中公办中学41所，民办中学17所。",
            "全年培训教师1200人次，其中骨干教师300人次，新入职教师260人次。",
            "争取专项资金4560万元，其中2023年1860万元，2024年2700万元。",
            "教育经费共计3.2亿元，其中市级补助8600万元，区级投入2.34亿元。",
            "全县共有职工930人，其中在编职工700人，非在编职工200人。",
            "共有志愿者约600人，其中教师400余人，家长210人。",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let options = context.options(for: metadata.id)
        let tolerance = Tolerance(options: options)
        let groups = ExhaustiveGroup.configured(options)
        return SharedAnalysis.statements(of: report, context: context).compactMap { statement in
            guard statement.kind == .composition, let total = statement.total else { return nil }
            return check(total: total, parts: statement.parts, tolerance: tolerance, groups: groups)
        }
    }

    func check(total: Quantity, parts: [Quantity], tolerance: Tolerance, groups: [ExhaustiveGroup]) -> Diagnostic? {
        guard !parts.isEmpty, !total.isApproximate, !parts.contains(where: \.isApproximate) else { return nil }
        // The intervals in the fast exact arithmetic; in `Decimal` only where a value does not fit.
        let fastSum = tolerance.exactFactor.flatMap { factor in
            ExactInterval.sum(parts.lazy.map { $0.exactInterval(factor: factor) })
        }
        let fastWhole = tolerance.exactFactor.flatMap { total.exactInterval(factor: $0) }
        var sum: DecimalInterval { DecimalInterval.sum(parts.map { $0.interval(factor: tolerance.factor) }) }
        var whole: DecimalInterval { total.interval(factor: tolerance.factor) }
        // The texts of a finding are made only for a finding (most statements add up).
        var exactSum: Decimal { parts.reduce(Decimal(0)) { $0 + $1.value } }
        var sumDigits: Int { Swift.max(parts.map(\.fractionDigits).max() ?? 0, total.fractionDigits) }
        var sumText: String { FigureFormatting.text(exactSum, in: total.unit, fractionDigits: sumDigits) }
        var partsText: String { parts.map(\.text).joined(separator: "＋") }
        let exceeds = fastSum.flatMap { sum in fastWhole.flatMap { sum.isAbove($0) } } ?? (sum.lower > whole.upper)
        if exceeds {
            return metadata.diagnostic(
                "“其中”各项之和（\(partsText)＝\(sumText)）超过总数\(total.text)", at: total.range)
        }
        guard parts.count >= 2, groups.contains(where: { $0.isCovered(by: parts, total: total) }),
              !(fastSum.flatMap { sum in fastWhole.flatMap { sum.overlaps($0) } } ?? sum.overlaps(whole))
        else { return nil }
        let labels = parts.map(\.label).joined(separator: "、")
        let gap = FigureFormatting.text(total.value - exactSum, in: total.unit, fractionDigits: sumDigits)
        return metadata.diagnostic(
            "\(labels)合起来应等于总数\(total.text)，但各项之和为\(partsText)＝\(sumText)（相差\(gap)）",
            at: total.range)
    }
}
