import ReportModel
import ReportPluginKit

/// `date.invalid`: a date that does not exist (2023年2月30日, 13月), in the text and in the 成文日期.
public struct InvalidDateRule: ReportRule {
    static func messageMonth(_ written: String, _ month: Int) -> String {
        "日期“\(written)”不存在：没有\(month)月"
    }
    static func messageDay(_ written: String, _ year: Int?, _ month: Int, _ days: Int) -> String {
        "日期“\(written)”不存在：\(year.map { "\($0)年" } ?? "")\(month)月只有\(days)天"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "date.invalid",
        title: "日期不存在",
        rationale: "不存在的日期（如2月30日、13月）多是录入错误，会让审核人员怀疑报告中其他数据的可靠性，成文日期出错还会影响公文效力。",
        defaultSeverity: .error,
        readsEveryText: true,
        triggeringExamples: [
            "全区于↓2023年2月30日召开教育工作会议。\n",
            "↓13月起实行课后服务收费新标准，↓4月31日完成验收。\n",
            "一、自查情况\n全区学校运行平稳。\n青山区人民政府\n↓2023年2月29日\n",
        ],
        nonTriggeringExamples: [
            "全区于2024年2月29日召开教育工作会议，1—6月完成验收，招收6—36月龄婴幼儿，历时13个月。\n",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // An Arabic date needs a 月; a 成文日期 in Chinese numerals has one too.
        for text in RuleText.all(in: report, context: context, containing: "月") where text.kind != .documentNumber {
            var dates = WrittenDate.arabicDates(in: text)
            if let date = report.metadata.date?.text, text.count == date.unicodeScalars.count, text.string == date,
               let field = WrittenDate.field(text),
               !dates.contains(where: { $0.range == field.range })
            {
                dates = [field]
            }
            for date in dates where !date.exists {
                let written = text.text(date.range)
                let message = (1...12).contains(date.month)
                    ? Self.messageDay(written, date.year, date.month, CivilCalendar.days(inMonth: date.month, year: date.year))
                    : Self.messageMonth(written, date.month)
                diagnostics.append(metadata.diagnostic(message, at: text.range(date.range)))
            }
        }
        return diagnostics
    }
}
