import ReportModel
import ReportPluginKit

/// `structure.empty-section`: a heading with nothing under it (no paragraph, table or sub-heading).
public struct EmptySectionRule: ReportRule {
    static func message(_ heading: String) -> String {
        "标题“\(heading)”下没有内容：请补写正文，或删除该标题"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "structure.empty-section",
        title: "标题下无内容",
        rationale: "只有标题没有正文的部分，往往是起草时留下的提纲或漏贴的段落，会让审核人员认为该项职责未作说明。",
        defaultSeverity: .warning,
        triggeringExamples: [
            "一、自查情况\n↓（一）落实教育优先发展\n（二）加强师资队伍建设\n教师编制全部按标准核定。\n二、存在问题\n师资不足。\n",
            "一、自查情况\n全区学校运行平稳。\n↓二、存在问题\n三、下一步打算\n增加教师编制。\n",
        ],
        nonTriggeringExamples: [
            "一、自查情况\n（一）落实教育优先发展\n教育经费逐年增长。\n（二）加强师资队伍建设\n教师编制全部按标准核定。\n",
            "一、主要目标\n（一）学前教育毛入园率达到95%。\n（二）义务教育巩固率达到99%。\n",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        visit(report.sections, into: &diagnostics)
        return diagnostics
    }

    private func visit(_ siblings: [Section], into diagnostics: inout [Diagnostic]) {
        // Short numbered statements with nothing under any of them form a list, not empty headings.
        let isList = siblings.allSatisfy { !$0.hasContent } && siblings.first.map { $0.level >= 3 } == true
        // By index: a `for section in` loop would copy (and retain) every section.
        for index in siblings.indices {
            if !siblings[index].hasContent, !isList, !Self.isStatement(siblings[index]) {
                diagnostics.append(metadata.diagnostic(
                    Self.message(siblings[index].headingText), at: siblings[index].headingRange.singleLine))
            }
            visit(siblings[index].children, into: &diagnostics)
        }
    }

    /// A heading written as a whole sentence (it ends in 。；！) says something by itself.
    static func isStatement(_ section: Section) -> Bool {
        guard let last = section.titleSpan.text.last(where: { $0 != " " && $0 != "　" }) else { return false }
        return "。；！;!".contains(last)
    }
}
