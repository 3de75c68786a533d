import ReportModel
import ReportPluginKit

/// `indicator.unmet-not-addressed`: a missed target (see `indicator.target-unmet`) whose indicator
/// is not mentioned in the 存在问题 part (alone or as 存在问题及整改措施).
public struct UnmetNotAddressedRule: ReportRule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "indicator.unmet-not-addressed",
        title: "未达标指标未在“存在问题”中说明",
        rationale: """
            指标未达到目标，说明工作还有差距，“存在问题”部分应当如实写明并提出整改措施；只列数字不谈问题，\
            会被认为回避问题。指标名称（或其核心词，如“毛入园率”）出现在“存在问题”部分即视为已说明。
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            """
            一、履行教育职责情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 学前教育 | 学前三年毛入园率（%） | 92 | ↓90.5 |

            二、存在问题

            教师队伍结构性缺编仍较突出。
            """,
        ],
        nonTriggeringExamples: [
            """
            一、履行教育职责情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 学前教育 | 学前三年毛入园率（%） | 92 | 90.5 |

            二、存在问题

            农村地区毛入园率偏低，普惠性资源不足。
            """,
            """
            一、履行教育职责情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 学前教育 | 学前三年毛入园率（%） | 92 | 93.1 |

            二、存在问题

            教师队伍结构性缺编仍较突出。
            """,
        ])

    /// Writes into the run's list: a long table can miss most of its targets.
    public func check(_ report: Report, context: RuleContext, into findings: inout FindingList) {
        let missed = MissedTarget.find(in: report, context: context)
        guard !missed.isEmpty else { return }
        let problemParts = report.sections.filter { $0.role.statesProblems }
        // Every problem section (its title, then its texts run together), sections separated by
        // a line break.
        var problemText = ""
        var first = true
        for part in problemParts {
            part.forEachSection { section in
                if !first { problemText += "\n" }
                first = false
                problemText += section.title
                for block in section.blocks {
                    for span in block.textSpans { problemText += span.text }
                }
            }
        }
        var known: [String: Bool] = [:]
        func mentioned(_ name: String) -> Bool {
            if let answer = known[name] { return answer }
            let answer = Self.mentions(problemText, name: name)
            known[name] = answer
            return answer
        }
        let partName = problemParts.first.map { "“\($0.title)”部分" } ?? "报告（没有“存在问题”部分）"
        for missed in missed {
            let indicator = missed.indicator
            var names = [indicator.name]
            if let parent = indicator.parent {
                names.append(report.indicatorTables[missed.tableIndex].indicators[parent].name)
            }
            guard !names.contains(where: mentioned) else { continue }
            findings.append(metadata.diagnostic(
                "“\(indicator.name)”\(missed.actualDescription(of: indicator))，未达到\(missed.targetDescription(of: indicator))，但\(partName)没有提到这一差距",
                at: missed.range))
        }
    }

    /// Whether `text` names the indicator: its whole name, or a tail of four or more
    /// Characters (the head word of a Chinese term: `毛入园率` of `学前三年毛入园率`). Every such
    /// tail, and the name itself, ends with the last four Characters, so one search decides.
    static func mentions(_ text: String, name: String) -> Bool {
        guard !name.isEmpty else { return true }
        return text.containsText(String(name.suffix(4)))
    }
}
