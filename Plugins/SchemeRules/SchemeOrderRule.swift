import ReportModel
import ReportPluginKit
import ReportScheme

/// `scheme.order`: evaluation points answered in a different order from the scheme's.
public struct SchemeOrderRule: ReportRule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "scheme.order",
        title: "评价要点顺序与方案不一致",
        rationale: "评价组按评价方案的顺序逐项核对；按方案顺序回答，便于查找和打分。",
        defaultSeverity: .info,
        triggeringExamples: [
            RuleExample(
                "一、自查情况\n↓1.深入推动“双减”落地落实\n课后服务全覆盖。\n2.落实教育投入保障机制\n全年教育投入稳步增长。\n",
                options: PointMissingRule.options),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "一、自查情况\n1.落实教育投入保障机制\n全年教育投入稳步增长。\n2.深入推动“双减”落地落实\n课后服务全覆盖。\n",
                options: PointMissingRule.options),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let own = context.scheme(for: metadata.id).flatMap { $0.categories.isEmpty ? nil : $0 }
        guard let scheme = own ?? context.scheme(for: "scheme.point-missing")
        else { return [] }
        let answered = SchemeCoverage(scheme: scheme, report: report).matches.compactMap { match in
            match.answer.map { (title: match.point.title, range: $0) }
        }
        let inOrder = Self.longestIncreasingRun(answered.map(\.range.start))
        return answered.indices.filter { !inOrder.contains($0) }.map { index in
            let next = answered.indices.first { $0 > index && inOrder.contains($0) }
            let hint = next.map { "（方案中它排在“\(answered[$0].title)”之前）" } ?? "（方案中它排在更后面）"
            return metadata.diagnostic(
                "评价要点“\(answered[index].title)”的位置与评价方案的顺序不一致\(hint)；建议按方案顺序调整",
                at: answered[index].range)
        }
    }

    /// The indices of a longest subsequence of `positions` that increases (the points in order);
    /// the others are the ones out of place.
    static func longestIncreasingRun(_ positions: [SourcePosition]) -> Set<Int> {
        guard !positions.isEmpty else { return [] }
        var length = Array(repeating: 1, count: positions.count)
        var previous = Array(repeating: -1, count: positions.count)
        for i in positions.indices {
            for j in 0..<i where positions[j] < positions[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var index = length.firstIndex(of: length.max()!)!
        var result: Set<Int> = []
        while index >= 0 {
            result.insert(index)
            index = previous[index]
        }
        return result
    }
}
