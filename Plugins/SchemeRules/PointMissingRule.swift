import ReportModel
import ReportPluginKit
import ReportScheme

/// `scheme.point-missing`: an evaluation point of the scheme that no section or item of the draft answers.
public struct PointMissingRule: ReportRule {
    public init() {}

    static let options = RuleOptions(["points": .list(["落实教育投入保障机制", "深入推动“双减”落地落实"])])

    public let metadata = RuleMetadata(
        id: "scheme.point-missing",
        title: "评价要点未作回答",
        rationale: "评价方案的每一个评价要点都要逐项对照自查；漏掉的要点会被评价组视为没有履职。"
            + "用 --scheme 指定评价方案模板后，按序号、标题和关键词在草稿中查找每个要点的回答。",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("↓一、自查情况\n（一）落实教育优先发展\n1.落实教育投入保障机制\n全年教育投入稳步增长。\n", options: options),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "一、自查情况\n（一）落实教育优先发展\n1.落实教育投入保障机制\n全年教育投入稳步增长。\n"
                    + "2.深入推动“双减”落地落实\n课后服务全覆盖。\n",
                options: options),
            RuleExample("一、自查情况\n1.落实教育投入保障机制\n二是深入推动“双减”落地落实。课后服务全覆盖。\n", options: options),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let scheme = context.scheme(for: metadata.id) else { return [] }
        return SchemeCoverage(scheme: scheme, report: report).matches.filter { $0.answer == nil }.map { match in
            let total = match.category.points.count
            let position = (match.category.points.firstIndex(of: match.point) ?? 0) + 1
            return metadata.diagnostic(
                "评价要点“\(match.point.title)”（“\(match.category.title)”第\(position)/\(total)项）在草稿中没有找到回答；"
                    + "请补写这一要点，或检查标题是否与评价方案一致",
                at: SchemeSource.anchor(for: match.category, in: report))
        }
    }
}
