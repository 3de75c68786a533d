import ReportModel
import ReportPluginKit

/// `figure.unit`: figures whose units betray a slip — two figures run together (`95%12.6%`), one
/// quantity counted in two units in one comparison (`应配备28人，实配30名`), and a count left without
/// the unit its neighbours in the same list have (`小学26所、初中24、高中3所`).
public struct FigureUnitRule: ReportRule {
    static func messageRunTogether(_ written: String) -> String {
        "“\(written)”中两个数字连在一起：中间缺少分隔（如“，”“、”）或缺少文字"
    }
    static func messageMixed(_ first: String, _ second: String) -> String {
        "同一数量前后单位不一致：前面用“\(first)”，这里用“\(second)”，请统一"
    }
    static func messageMissing(_ number: String, _ unit: String) -> String {
        "“\(number)”缺少单位：同一列举中其他数字都用“\(unit)”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "figure.unit",
        title: "数字单位有误",
        rationale: "数字连写（“95%12.6%”）、同一数量前后单位不一（“应配备28人，实配30名”）、列举中个别数字漏写单位（“小学26所、初中24、高中3所”），多是删改数字时留下的，审核时会被指出，也容易让汇总数据出错。",
        defaultSeverity: .warning,
        readsEveryText: true,
        triggeringExamples: [
            "义务教育巩固率、高中毛入学率分别达到↓95%12.6%。\n",
            "按标准应配备专职心理教师28人，实配↓30名。\n",
            "全区共有学校52所，其中小学26所、初中↓24、高中2所。\n",
        ],
        nonTriggeringExamples: [
            "义务教育巩固率达到95%，高中毛入学率达到92.6%。\n",
            "应配备专职心理教师28人，实配30人，招聘教师210名。\n",
            "全区共有学校52所，其中小学26所、初中24所、高中2所，2023年新增学位900个，学生12万。\n",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) where Self.mayHaveFindings(text) {
            let hints = Hints(comparison: text.contains("实") && text.contains("名"), list: text.contains("、"))
            for (range, message) in Self.findings(in: text.scalars, hints) {
                diagnostics.append(metadata.diagnostic(message, at: text.range(range)))
            }
        }
        return diagnostics
    }

    /// A cheap test on the text's bytes: a percentage followed by a digit, a comparison counted in
    /// 人 and 名, or a list of counts.
    /// Every finding needs two figures of ASCII digits: a text without a digit is skipped unread.
    private static func mayHaveFindings(_ text: RuleText) -> Bool {
        text.containsAny(of: digits)
            && (text.containsAny(of: percent) || text.contains("实") && text.contains("名") || text.contains("、"))
    }

    private static let percent = MarkSet("%％")
    private static let digits = MarkSet("0123456789")

    /// What the whole text holds, so that a sentence is searched only for what can be in it.
    struct Hints {
        var comparison = true
        var list = true
    }

    static func findings(in text: ScannedScalars, _ hints: Hints = Hints()) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        for sentence in sentences(in: text) {
            let figures = Self.figures(in: text, sentence)
            guard figures.count >= 2 else { continue }
            // `95%12.6%`: a percentage sign right before the next figure.
            for (previous, next) in zip(figures, figures.dropFirst())
            where previous.unitRange.upperBound == next.range.lowerBound && (previous.unit == "%" || previous.unit == "％") {
                found.append((previous.range.lowerBound..<next.unitRange.upperBound,
                              messageRunTogether(text[previous.range.lowerBound..<next.unitRange.upperBound].string)))
            }
            // `应配备28人，实配30名`: 人 and 名 for one quantity on both sides of a comparison.
            if hints.comparison, case let clause = text[sentence].string,
               Self.comparisons.contains(where: { clause.containsText($0.0) && clause.containsText($0.1) }) {
                let counts = figures.filter { $0.unit == "人" || $0.unit == "名" }
                if let first = counts.first, let other = counts.first(where: { $0.unit != first.unit }), counts.count == 2 {
                    found.append((other.range.lowerBound..<other.unitRange.upperBound, messageMixed(first.unit, other.unit)))
                }
            }
            if hints.list, figures.count >= 3 { found += missingUnits(in: text, sentence, figures) }
        }
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// The two sides of a comparison of planned and actual numbers.
    private static let comparisons: [(String, String)] = [("应", "实"), ("核定", "实有"), ("计划", "实际"), ("编制", "实有")]

    struct Figure {
        var range: Range<Int>
        var unit: String
        var unitRange: Range<Int>
    }

    /// Figures of ASCII digits with the one character after them as their unit (empty when none).
    static func figures(in text: ScannedScalars, _ sentence: Range<Int>) -> [Figure] {
        var figures: [Figure] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard text[index].isASCIIDigit, index == sentence.lowerBound || !(text[index - 1].isASCIIDigit || text[index - 1] == ".") else {
                index += 1
                continue
            }
            var end = index
            while end < sentence.upperBound, text[end].isASCIIDigit || text[end] == "." && end + 1 < sentence.upperBound && text[end + 1].isASCIIDigit {
                end += 1
            }
            let unit = end < sentence.upperBound ? String(text[end]) : ""
            let unitEnd = end < sentence.upperBound && !isPunctuation(text[end]) ? end + 1 : end
            figures.append(Figure(range: index..<end, unit: unitEnd > end ? unit : "", unitRange: end..<unitEnd))
            index = max(unitEnd, end)
        }
        return figures
    }

    /// In a list of counts separated by 、 (`小学26所、初中24、高中2所`), the item whose figure has no
    /// unit when at least two others share one.
    private static func missingUnits(in text: ScannedScalars, _ sentence: Range<Int>, _ figures: [Figure]) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var start = sentence.lowerBound
        // Lists run between clause marks; their items are separated by 、.
        for end in (sentence.lowerBound...sentence.upperBound) where end == sentence.upperBound || isClauseMark(text[end]) {
            defer { start = end + 1 }
            let items = figures.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
            guard items.count >= 3 else { continue }
            // Each item ends its part: a figure followed by 、 or by the clause's end.
            let ending = items.filter { $0.unitRange.upperBound == end || text[$0.unitRange.upperBound] == "、" }
            guard ending.count == items.count else { continue }
            let units = Dictionary(grouping: ending.map(\.unit).filter { !$0.isEmpty }, by: { $0 })
            guard units.count == 1, let (unit, uses) = units.first, uses.count >= 2, Self.countUnits.contains(unit) else { continue }
            for item in ending where item.unit.isEmpty && item.range.lowerBound > 0 && !text[item.range.lowerBound - 1].isASCIIDigit {
                found.append((item.range, messageMissing(text[item.range].string, unit)))
            }
        }
        return found
    }

    /// A mark that ends a figure without being its unit.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "、", "；", "。", ",": true
        default: false
        }
    }

    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "；", ",": true
        default: false
        }
    }

    private static let countUnits: Set<String> = ["所", "个", "人", "名", "间", "台", "套", "项", "座", "班", "家", "支", "张"]

    private static func sentences(in text: ScannedScalars) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0..<text.count {
            switch text[index] {
            case "。", "！", "？", "\n":
                if index > start { result.append(start..<index) }
                start = index + 1
            default: continue
            }
        }
        if start < text.count { result.append(start..<text.count) }
        return result
    }
}
