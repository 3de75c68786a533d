import ReportModel
import ReportPluginKit

/// `indicator.target-unmet`: an indicator whose actual misses its target, honouring the comparator
/// (`>98.5`, `≥90`, `≤…`) and the periods of the two columns.
public struct TargetUnmetRule: ReportRule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "indicator.target-unmet",
        title: "指标未达到目标",
        rationale: """
            指标表中完成值未达到目标值的，评估组会重点关注，报告应有所说明。按目标值的比较符（>、≥、<、≤）\
            判断；目标属于比完成值更晚的时期（如“2025年目标”对“2023年1—6月完成”）时视为进展中，\
            只有两列时期一致或目标期已经结束（按检查当天的日期）才提示。
            """,
        defaultSeverity: .info,
        triggeringExamples: [
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 学前教育 | 学前三年毛入园率（%） | 92 | ↓90.5 |
            | 义务教育 | 巩固率（%） | >99 | 99.6 |
            """,
            """
            一、主要指标完成情况

            | 指标 | 目标值 | 完成值 |
            | --- | --- | --- |
            | 大班额比例（%） | ≤5 | ↓6.2 |
            """,
        ],
        nonTriggeringExamples: [
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 学前教育 | 学前三年毛入园率（%） | 92 | 92.4 |
            | 义务教育 | 巩固率（%） | >99 | 99.6 |
            """,
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2030年主要目标 | 2024年1—6月完成 |
            | --- | --- | --- | --- |
            | 学前教育 | 学前三年毛入园率（%） | 95 | 90.5 |
            """,
        ])

    /// Writes into the run's list: a long table can miss most of its targets.
    public func check(_ report: Report, context: RuleContext, into findings: inout FindingList) {
        for missed in MissedTarget.find(in: report, context: context) {
            let indicator = missed.indicator
            findings.append(metadata.diagnostic(
                "“\(indicator.name)”\(missed.actualDescription(of: indicator))，未达到\(missed.targetDescription(of: indicator))\(missed.periodNote)",
                at: missed.range))
        }
    }
}
