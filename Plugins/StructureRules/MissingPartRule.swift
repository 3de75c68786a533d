import ReportModel
import ReportPluginKit

/// `structure.missing-part`: a self-evaluation report needs its findings, its problems and its next
/// steps; a combined 存在问题及整改措施 part counts for both of the last two.
public struct MissingPartRule: ReportRule {
    static let messageFindings = "报告缺少“自查情况”部分：应有一个一级标题写明履行教育职责的自查情况（如“一、自查情况”或“履行教育职责情况”）"
    static let messageProblems = "报告缺少“存在问题”部分：应有一个一级标题写明存在的主要问题（如“二、存在的主要问题”，或合写为“存在问题及整改措施”）"
    static let messageNextSteps = "报告缺少“下一步打算”部分：应有一个一级标题写明整改措施或下一步工作打算（如“三、下一步工作打算”）"
    static func messageOther(_ role: SectionRole) -> String {
        "报告缺少“\(role.chineseName)”部分（配置文件 required 要求该部分）"
    }

    /// The parts required by default, as option `required` names them.
    public static let defaultRequired = ["findings", "problems", "nextSteps"]

    public init() {}

    public let metadata = RuleMetadata(
        id: "structure.missing-part",
        title: "缺少必备部分",
        rationale: "督导部门要求自查自评报告至少包括自查情况（履行教育职责情况）、存在问题和下一步打算（整改措施）三部分；缺少任何一部分的报告会被退回。“存在问题及整改措施”合为一个部分时同时满足后两项。可用选项 required 改变必备部分（如 [findings, problems, nextSteps, basicInfo]）。",
        defaultSeverity: .error,
        triggeringExamples: [
            "↓关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n二、下一步打算\n继续加大投入。\n",
            "↓关于2023年履行教育职责情况的自查报告\n一、存在的主要问题\n师资仍然不足。\n二、整改措施\n增加教师编制。\n",
            "↓↓↓今年以来，全区教育工作取得新进展，新建学校三所。\n",
            RuleExample(
                "↓关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n二、存在问题及整改措施\n师资不足，将增加编制。\n",
                options: RuleOptions(["required": .list(["findings", "problems", "nextSteps", "basicInfo"])])),
        ],
        nonTriggeringExamples: [
            "关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n二、存在的主要问题\n师资仍然不足。\n三、下一步工作打算\n增加教师编制。\n",
            "关于2023年履行教育职责情况的自查报告\n一、履行教育职责情况\n全区学校运行平稳。\n二、存在问题及整改措施\n师资不足，将增加编制。\n",
            RuleExample(
                "关于2023年履行教育职责情况的自查报告\n一、自查情况\n全区学校运行平稳。\n",
                options: RuleOptions(["required": .list(["findings"])])),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let configured = context.options(for: metadata.id).strings("required")
        let required = configured.isEmpty ? Self.defaultRequired : configured
        let roles = report.sections.map(\.role)
        let anchor = report.documentAnchor
        var diagnostics: [Diagnostic] = []
        for name in required {
            guard let role = Self.role(named: name) else { continue }
            let present: Bool
            let message: String
            switch role {
            case .problems:
                present = roles.contains { $0.statesProblems }
                message = Self.messageProblems
            case .nextSteps:
                present = roles.contains { $0.statesNextSteps }
                message = Self.messageNextSteps
            case .findings:
                present = roles.contains(.findings)
                message = Self.messageFindings
            default:
                present = roles.contains(role)
                message = Self.messageOther(role)
            }
            if !present { diagnostics.append(metadata.diagnostic(message, at: anchor)) }
        }
        return diagnostics
    }

    /// A role from its option name: the English case name (`nextSteps`) or its Chinese name (`下一步打算`).
    static func role(named name: String) -> SectionRole? {
        if let role = SectionRole(rawValue: name) { return role }
        if let role = SectionRole.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) { return role }
        switch name {
        case "自查情况", "履行教育职责情况", "履行职责情况": return .findings
        case "存在问题", "存在的主要问题": return .problems
        case "下一步打算", "下一步工作打算", "整改措施": return .nextSteps
        default: return SectionRole.allCases.first { $0.chineseName == name }
        }
    }
}
