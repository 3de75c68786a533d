import ReportModel
import ReportPluginKit

/// `date.format`: a 成文日期 not written as GB/T 9704 prescribes — Arabic numerals, the year in full,
/// month and day without leading zeros (`2024年11月8日`, not `2024年11月08日` or `二〇二三年十月三十日`).
public struct DateFormatRule: ReportRule {
    static func message(_ written: String, _ fixed: String) -> String {
        "成文日期应使用阿拉伯数字写全年、月、日，月、日不编虚位：“\(written)”应为“\(fixed)”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "date.format",
        title: "成文日期格式不规范",
        rationale: "GB/T 9704—2012 规定成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。汉字数字或带前导零的日期是旧版格式或录入习惯，须改正。",
        defaultSeverity: .warning,
        isFixable: true,
        triggeringExamples: [
            "关于2024年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n↓2024年11月08日\n",
            "关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n↓二〇二三年十月三十日\n",
        ],
        nonTriggeringExamples: [
            "关于2024年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n2024年11月8日\n",
        ],
        corrections: [
            RuleCorrection(
                "关于2024年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n2024年11月08日\n",
                "关于2024年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n2024年11月8日\n"),
            RuleCorrection(
                "关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n二〇二三年十月三十日\n",
                "关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n青山区人民政府\n2023年10月30日\n"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let field = report.metadata.date, field.range.start.line == field.range.end.line else { return [] }
        let text = RuleText(
            TextSpan(text: field.text, line: field.range.start.line, column: field.range.start.column), kind: .metadata)
        guard let date = WrittenDate.field(text) else { return [] }
        let written = text.text(date.range)
        let fixed = date.canonical
        guard written != fixed else { return [] }
        let range = text.range(date.range)
        // A date that does not exist is date.invalid's; rewriting its form would not make it right.
        let fix = date.exists ? Fix(range: range, replacement: fixed) : nil
        return [metadata.diagnostic(Self.message(written, fixed), at: range, fix: fix)]
    }
}
