import ReportModel
import ReportPluginKit

/// `punctuation.repeated`: the same mark typed twice (。。 ，， 、、 ；； ：： ！！). The ellipsis ……
/// and the dash —— are written doubled on purpose and are not reported.
public struct RepeatedPunctuationRule: ReportRule {
    static func message(_ mark: Character, _ count: Int) -> String {
        "标点“\(mark)”连续出现\(count)次：只保留一个"
    }

    /// The marks checked: a text with none of them is skipped unread.
    private static let marks = MarkSet("。，、；：！")

    public init() {}

    public let metadata = RuleMetadata(
        id: "punctuation.repeated",
        title: "标点重复",
        rationale: "连续两个相同的句号、逗号、顿号等是删改文字时留下的残迹，打印后十分显眼。省略号“……”和破折号“——”本来就占两个字的位置，不在此列。",
        defaultSeverity: .warning,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "全区新建学校3所↓。。新增学位1200个↓，，投入经费5亿元。\n",
            "加强师资、场地↓、、设备保障↓；；确保安全。\n",
        ],
        nonTriggeringExamples: [
            "学前教育、义务教育、高中教育……各学段全面发展——这是全区的共识。\n",
        ],
        corrections: [
            RuleCorrection("全区新建学校3所。。新增学位1200个，，投入经费5亿元。\n", "全区新建学校3所。新增学位1200个，投入经费5亿元。\n"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) where text.containsAny(of: Self.marks) {
            var found = text.firstIndex(of: Self.marks)
            while let index = found {
                guard let scalar = text[index], text[index + 1] == scalar else {
                    found = text.firstIndex(of: Self.marks, from: index + 1)
                    continue
                }
                var end = index + 2
                while text[end] == scalar { end += 1 }
                let range = text.range(index..<end)
                diagnostics.append(metadata.diagnostic(
                    Self.message(Character(scalar), end - index), at: range,
                    fix: Fix(range: range, replacement: String(Character(scalar)))))
                found = text.firstIndex(of: Self.marks, from: end)
            }
        }
        return diagnostics
    }
}
