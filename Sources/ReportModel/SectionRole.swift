/// What a part of the report is for, recognised from its heading words (never from its position).
public enum SectionRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// 基本情况: the district's schools, students and teachers.
    case basicInfo
    /// 开展自查工作情况: how the self-check was organised.
    case selfCheckWork
    /// 自查情况 / 履行教育职责情况 / 自评情况: the findings, point by point.
    case findings
    /// 工作成效 / 经验做法.
    case achievements
    /// 存在问题 / 存在的主要问题.
    case problems
    /// 下一步打算 / 整改措施 / 努力方向.
    case nextSteps
    /// 存在问题及整改措施: problems and next steps in one part.
    case problemsAndMeasures
    /// 上一轮反馈问题整改情况: how last round's feedback was rectified. It states neither this year's
    /// problems nor the next steps.
    case rectification
    /// 附件 and appended tables.
    case appendix
    /// Anything else, including every sub-section that is not itself a part.
    case other

    /// The Chinese name a reviewer uses for this part.
    public var chineseName: String {
        switch self {
        case .basicInfo: "基本情况"
        case .selfCheckWork: "开展自查工作情况"
        case .findings: "自查情况"
        case .achievements: "工作成效"
        case .problems: "存在问题"
        case .nextSteps: "下一步打算"
        case .problemsAndMeasures: "存在问题及整改措施"
        case .rectification: "反馈问题整改情况"
        case .appendix: "附件"
        case .other: "其他"
        }
    }

    /// Whether this part states the problems (存在问题, alone or combined).
    public var statesProblems: Bool { self == .problems || self == .problemsAndMeasures }
    /// Whether this part states the next steps (下一步打算 / 整改措施, alone or combined).
    public var statesNextSteps: Bool { self == .nextSteps || self == .problemsAndMeasures }
}
