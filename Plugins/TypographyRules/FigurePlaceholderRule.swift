import ReportModel
import ReportPluginKit

/// `placeholder.figure`: the marks drafters put where a figure or a document number is still to come —
/// a single `x` next to a unit or `%` (`x人`, `增长x%`), stars (`**亿元`, `*〔2024〕*号`), underscores
/// (`__`, `＿＿`), an ellipsis before a unit (`……万元`) and a year with one digit left open (`202X`).
/// Runs of two or more `X`/`×` are `placeholder.unfilled`'s.
public struct FigurePlaceholderRule: ReportRule {
    static func message(_ placeholder: String) -> String {
        "数字或文号处留有占位符“\(placeholder)”：提交前请填入实际数字"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "placeholder.figure",
        title: "数字占位符未填写",
        rationale: "起草时常用单个 x、星号、下划线或省略号暂代尚未统计出来的数字和文号（“x人”“**亿元”“〔20__〕__号”“……万元”），定稿前忘记替换是审核退回的常见原因。本规则只在占位符紧挨单位、百分号、年份或文号括号时报告，不误报“x轴”、英文单词和 Markdown 加粗。",
        defaultSeverity: .error,
        readsEveryText: true,
        triggeringExamples: [
            "全区共有学校↓x所，专任教师增长↓X%。\n",
            "全年教育投入↓**亿元，印发《实施方案》（青山教发↓*〔2024〕↓*号）。\n",
            "全区共有↓**所，投入↓**亿元。\n",
            "新建校舍↓__平方米，依据青山教发〔20↓__〕↓＿＿号执行。\n",
            "全区投入资金↓……万元，↓202X年全面完成。\n",
        ],
        nonTriggeringExamples: [
            "以时间为x轴绘制趋势图，配备Xbox体感设备和3×4米展板。\n",
            "带*号的指标为约束性指标，**重点任务**按期完成。\n",
            "全区共有学校52所，其中*公办*学校40所，**民办学校**12所。\n",
            "开设语文、数学……等课程，文件名为plan_2024.docx。\n",
            "全区共有学校52所，投入资金3.5亿元，2023年全面完成。\n",
        ])

    /// Characters that start a unit or a counted noun after a figure.
    static let units: Set<Unicode.Scalar> = [
        "人", "名", "个", "所", "万", "亿", "元", "%", "％", "‰", "间", "台", "套", "项", "次", "座", "班", "张", "册",
        "平", "米", "亩", "年", "月", "日", "天", "倍", "位", "家", "节", "件", "门", "辆", "吨", "户", "园", "条",
        "周", "岁", "届", "批", "场", "期", "篇", "本", "部", "校", "支", "类", "余", "多", "千", "百", "公", "分",
    ]
    private static let stars: Set<Unicode.Scalar> = ["*", "＊"]
    private static let underscores: Set<Unicode.Scalar> = ["_", "＿"]
    private static let exes: Set<Unicode.Scalar> = ["x", "X", "ｘ", "Ｘ"]
    /// Quick test: a text with none of these has no figure placeholder.
    private static let starts = MarkSet("*＊_＿xXｘＸ….")

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) where text.containsAny(of: Self.starts) {
            for range in Self.placeholders(in: text.scalars) {
                diagnostics.append(metadata.diagnostic(Self.message(text.text(range)), at: text.range(range)))
            }
        }
        return diagnostics
    }

    /// The scalar ranges of the figure placeholders in `text`, in order.
    static func placeholders(in text: ScannedScalars) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            let character = text[index]
            guard starts.contains(character) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count, sameRun(text[end], character) { end += 1 }
            let before = index > 0 ? text[index - 1] : nil
            let after = end < text.count ? text[end] : nil
            if character == "*", let close = emphasisClose(in: text, opening: index..<end) {
                // Markdown emphasis (`其中*公办*学校`, text pasted from a Markdown editor): no placeholder.
                index = close
                continue
            }
            if exes.contains(character), let year = openYear(in: text, at: index) {
                found.append(year)
                end = year.upperBound
            } else if isPlaceholder(text[index..<end], before: before, after: after) {
                found.append(index..<end)
            }
            index = end
        }
        return found
    }

    private static func sameRun(_ next: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
        if stars.contains(first) { return stars.contains(next) }
        if underscores.contains(first) { return underscores.contains(next) }
        if first == "…" { return next == "…" }
        if first == "." { return next == "." }
        return false
    }

    private static func isPlaceholder(_ run: Slice<ScannedScalars>, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        let first = run.first!
        if stars.contains(first) {
            // `**亿元`, `*〔2024〕`, `〔2024〕*号`, `〔****〕`; not `带*号` nor Markdown bold.
            if let after, units.contains(after) || after == "〔" { return true }
            if before == "〕" || before == "〔", after == "号" || after == "〕" { return true }
            return false
        }
        if underscores.contains(first) {
            // `__`, `＿＿`, not `plan_2024` (letters or digits on both sides of one underscore).
            if run.count >= 2 { return !(isASCIILetter(before) && isASCIILetter(after)) }
            return false
        }
        if exes.contains(first) {
            // A single x: `x人`, `增长x%`, `第x条`; not `x轴`, `Xbox`, `XX` (placeholder.unfilled).
            if isASCIILetter(before) || isASCIILetter(after) { return false }
            if before.map(exes.contains) == true || after.map(exes.contains) == true { return false }
            if let after, units.contains(after) { return true }
            return before == "第"
        }
        if first == "…" || (first == "." && run.count >= 3) {
            // `……万元`: an ellipsis where a figure belongs, right before its unit.
            guard let after else { return false }
            return units.contains(after) && after != "年" && after != "多" && after != "余"
        }
        return false
    }

    /// The end of the closing run when the `*` run `opening` starts Markdown emphasis: the same run
    /// closes it on the same text around two or more characters with no digit, space or punctuation
    /// (a word, not a gap), and no unit, 〔 or 号 follows the closing run. `共有**所，投入**亿元` is two
    /// placeholders, `其中*公办*学校` one emphasised word.
    private static func emphasisClose(in text: ScannedScalars, opening: Range<Int>) -> Int? {
        var index = opening.upperBound
        while index < text.count, text[index] != "*" {
            let scalar = text[index]
            if scalar.isASCIIDigit || scalar == " " || scalar.properties.isWhitespace || notInWords.contains(scalar) { return nil }
            index += 1
        }
        guard index - opening.upperBound >= 2 else { return nil }
        var end = index
        while end < text.count, text[end] == "*" { end += 1 }
        guard end - index == opening.count else { return nil }
        if end < text.count, units.contains(text[end]) || text[end] == "〔" || text[end] == "号" { return nil }
        return end
    }

    /// Marks that end a word: emphasis around them is taken for two placeholders.
    private static let notInWords: Set<Unicode.Scalar> = ["，", "。", "；", "：", "、", ",", ".", ";", ":", "〔", "〕", "（", "）", "(", ")"]

    /// The year around the x at `index` when it is a four-character year with one digit left open
    /// (`202X`, `20X3`), standing alone.
    private static func openYear(in text: ScannedScalars, at index: Int) -> Range<Int>? {
        var start = index
        while start > 0, text[start - 1].isASCIIDigit { start -= 1 }
        var end = index + 1
        while end < text.count, text[end].isASCIIDigit { end += 1 }
        guard end - start == 4, start < index || end > index + 1 else { return nil }
        if start > 0, text[start - 1].isASCIILetter || exes.contains(text[start - 1]) { return nil }
        if end < text.count, text[end].isASCIILetter || exes.contains(text[end]) { return nil }
        let century = (text[start], text[start + 1])
        return century == ("2", "0") || century == ("1", "9") ? start..<end : nil
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar?) -> Bool { scalar?.isASCIILetter ?? false }
}
