import ReportModel
import ReportPluginKit

/// `numbering.gap`: a skipped or repeated ordinal among sibling headings (一、二、四、; （一）（二）（二））.
/// Numbering that runs on across groups (1.–38. across （一）…（八）) is accepted.
public struct NumberingGapRule: ReportRule {
    static func messageMissing(_ place: String, _ missing: String, _ previous: String, _ current: String) -> String {
        "\(place)缺少编号“\(missing)”：\(previous)之后是\(current)"
    }
    static func messageMissingFirst(_ place: String, _ missing: String, _ current: String) -> String {
        "\(place)缺少编号“\(missing)”：第一个编号是\(current)"
    }
    static func messageRepeated(_ place: String, _ current: String) -> String {
        "\(place)编号“\(current)”重复：\(current)之后又是\(current)"
    }
    static func messageBackwards(_ place: String, _ previous: String, _ current: String) -> String {
        "\(place)编号顺序颠倒：\(previous)之后是\(current)"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "numbering.gap",
        title: "编号跳号或重复",
        rationale: "同级标题的序号应连续：跳号或重号通常说明删改时漏了一段或复制后忘了改号，审核人员会据此认为内容缺失。全文连续编号（如各组下的 1. 至 38. 一直排下去）是允许的。",
        defaultSeverity: .error,
        triggeringExamples: [
            "一、自查情况\n（一）加强领导\n领导有力。\n（二）保障经费\n经费充足。\n↓（四）建设队伍\n队伍稳定。\n",
            "一、自查情况\n（一）加强领导\n领导有力。\n（二）保障经费\n经费充足。\n↓（二）建设队伍\n队伍稳定。\n",
            "一、自查情况\n全区学校运行平稳。\n↓三、存在问题\n师资不足。\n",
            "一、自查情况\n（一）加强领导\n1.健全机制\n机制完善。\n2.明确责任\n责任清楚。\n（二）保障经费\n↓4.落实拨款\n拨款到位。\n",
        ],
        nonTriggeringExamples: [
            "一、自查情况\n（一）加强领导\n领导有力。\n（二）保障经费\n经费充足。\n（三）建设队伍\n队伍稳定。\n",
            "一、自查情况\n（一）加强领导\n1.健全机制\n机制完善。\n2.明确责任\n责任清楚。\n（二）保障经费\n3.落实拨款\n拨款到位。\n4.规范管理\n管理规范。\n",
            "一、自查情况\n（一）加强领导\n1.健全机制\n机制完善。\n（二）保障经费\n1.落实拨款\n拨款到位。\n",
            "一、重点任务\n（一）加强领导\n领导有力。\n（2）保障经费\n经费充足。\n（三）建设队伍\n队伍稳定。\n",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for group in SiblingGroup.groups(in: report) {
            let family = group.prevailingFamily ?? .chineseComma
            var expected = group.expectedStart
            var previous: Marker?
            for marker in group.markers {
                // Built only for a finding: most headings have none.
                var current: String { marker.raw.trimmingMarkerPunctuation }
                var range: SourceRange { marker.range.singleLineMarker }
                if marker.ordinal > expected {
                    let missing = (expected..<marker.ordinal).map { family.standardStyle.format($0) }.joined(separator: "”“")
                    let message = previous.map {
                        Self.messageMissing(group.place, missing, $0.raw.trimmingMarkerPunctuation, current)
                    } ?? Self.messageMissingFirst(group.place, missing, current)
                    diagnostics.append(metadata.diagnostic(message, at: range))
                } else if marker.ordinal < expected, let previous {
                    let message = marker.ordinal == previous.ordinal
                        ? Self.messageRepeated(group.place, current)
                        : Self.messageBackwards(group.place, previous.raw.trimmingMarkerPunctuation, current)
                    diagnostics.append(metadata.diagnostic(message, at: range))
                }
                expected = max(expected, marker.ordinal + 1)
                previous = marker
            }
        }
        return diagnostics
    }
}

extension SourceRange {
    /// A marker's range, kept on its line.
    var singleLineMarker: SourceRange {
        guard end.line != start.line else { return self }
        return SourceRange(line: start.line, column: start.column, length: 1)
    }
}
