import ReportModel
import ReportPluginKit

/// `structure.part-order`: the findings come first, then the problems, then the next steps.
public struct PartOrderRule: ReportRule {
    static func messageProblemsFirst(_ problems: String, _ findings: String) -> String {
        "“\(problems)”应放在“\(findings)”之后：报告顺序应为自查情况、存在问题、下一步打算"
    }
    static func messageNextStepsFirst(_ nextSteps: String, _ problems: String) -> String {
        "“\(nextSteps)”应放在“\(problems)”之后：先写存在问题，再写下一步打算"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "structure.part-order",
        title: "部分顺序不当",
        rationale: "自查自评报告按“自查情况—存在问题—下一步打算”的逻辑展开：问题来自自查，措施针对问题。顺序颠倒会让审核人员难以对照。",
        defaultSeverity: .warning,
        triggeringExamples: [
            "↓一、存在的主要问题\n师资不足。\n二、自查情况\n全区学校运行平稳。\n三、下一步打算\n增加编制。\n",
            "一、自查情况\n全区学校运行平稳。\n↓二、下一步打算\n增加编制。\n三、存在问题\n师资不足。\n",
        ],
        nonTriggeringExamples: [
            "一、基本情况\n全区共有学校50所。\n二、自查情况\n全区学校运行平稳。\n三、存在问题\n师资不足。\n四、下一步打算\n增加编制。\n",
            "一、自查情况\n全区学校运行平稳。\n二、存在问题及整改措施\n师资不足，将增加编制。\n",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let parts = report.sections
        var diagnostics: [Diagnostic] = []
        let firstFindings = parts.firstIndex { $0.role == .findings }
        let firstProblems = parts.firstIndex { $0.role.statesProblems }
        if let findings = firstFindings {
            for index in parts.indices where index < findings && parts[index].role.statesProblems {
                diagnostics.append(metadata.diagnostic(
                    Self.messageProblemsFirst(parts[index].headingText, parts[findings].headingText),
                    at: parts[index].headingRange.singleLine))
            }
        }
        if let problems = firstProblems {
            for index in parts.indices where index < problems && parts[index].role == .nextSteps {
                diagnostics.append(metadata.diagnostic(
                    Self.messageNextStepsFirst(parts[index].headingText, parts[problems].headingText),
                    at: parts[index].headingRange.singleLine))
            }
        }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }
}
