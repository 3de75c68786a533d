import ReportModel
import ReportPluginKit

/// `placeholder.unfilled`: template placeholders left in the text (XX, ××, 某某, 【待填写】, TODO, ？？,
/// `{{…}}`, and the extra literal strings of option `patterns`).
public struct UnfilledPlaceholderRule: ReportRule {
    static func message(_ placeholder: String) -> String {
        "文中留有未填写的占位符“\(placeholder)”：提交前请填入实际内容"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "placeholder.unfilled",
        title: "占位符未填写",
        rationale: "从模板或往年报告改写时留下的 XX、××、某某、【待填写】、TODO 等占位符，说明数据或名称尚未补齐；带着占位符报送是最常见的退回原因之一。可用选项 patterns 增加本单位模板使用的占位符（按原文字面匹配）。",
        defaultSeverity: .error,
        readsEveryText: true,
        triggeringExamples: [
            "全区共有学校↓XX所，在校学生↓××人。\n",
            "↓某某学校新建教学楼一栋，计划20↓XX年完工。\n",
            "义务教育巩固率达到↓【待填写】，生均经费↓[待补充]元。\n",
            "↓TODO：补充师资数据。经费投入↓{{经费}}亿元，增长↓？？。\n",
            "全区共有教师↓ＸＸ人，其中骨干教师↓XXX人，↓xx镇中心小学新建食堂。\n",
            "全年投入经费↓xxxxx.xx万元，生均↓XX.X元。\n",
            RuleExample("全区共有学校↓（数据）所。\n", options: RuleOptions(["patterns": .list(["（数据）"])])),
        ],
        nonTriggeringExamples: [
            "全区共有学校52所，在校学生10.6万人。\n",
            "详见区教委网站https://www.example.gov.cn/xxgk/index.html。\n",
            "某校新建教学楼一栋，建筑面积3×4千平方米，配备Linux服务器和Xbox体感设备。\n",
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let patterns = context.options(for: metadata.id).strings("patterns")
            .filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) {
            // Without one of these, `scan` finds nothing (a token of digits alone is no placeholder).
            let scanned = text.containsAny(of: Self.marks)
            guard scanned || !patterns.isEmpty else { continue }
            var found: [Range<Int>] = []
            if scanned { scan(text, into: &found) }
            for pattern in patterns { search(pattern, in: text, into: &found) }
            found.sort { $0.lowerBound < $1.lowerBound }
            var last = -1
            for range in found where range.lowerBound >= last {
                diagnostics.append(metadata.diagnostic(Self.message(text.text(range)), at: text.range(range)))
                last = range.upperBound
            }
        }
        return diagnostics
    }

    /// The marks that start a placeholder or a placeholder word (XX, TODO, FIXME, TBD): a text with
    /// none of them has none.
    private static let marks = MarkSet("×Ｘｘ某？【?[{xXTF")
    /// Where `scan` looks: what starts a placeholder, and any ASCII letter or digit (a token that
    /// may be one); everything else (Han text, other punctuation) is skipped.
    private static let starts = MarkSet(
        "×Ｘｘ某？?【[{abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    private func scan(_ text: RuleText, into found: inout [Range<Int>]) {
        let scalars = text.scalars
        var index = 0
        while let start = text.firstIndex(of: Self.starts, from: index) {
            index = start
            let scalar = scalars[index]
            switch scalar {
            case "×", "Ｘ", "ｘ", "某", "？", "?":
                var end = index + 1
                while end < scalars.count, Self.sameRun(scalars[end], scalar) { end += 1 }
                if end - index >= 2 { found.append(index..<end) }
                index = end
            case "【", "[":
                if let close = bracketedPlaceholder(text, at: index) { found.append(index..<close) }
                index += 1
            case "{":
                if index + 1 < scalars.count, scalars[index + 1] == "{" {
                    var end = index + 2
                    while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                    found.append(index..<min(end + 2, scalars.count))
                    index = end + 2
                } else {
                    index += 1
                }
            default:
                if scalar.isASCIIAlphanumeric {
                    index = scanToken(text, from: index, into: &found)
                } else {
                    index += 1
                }
            }
        }
    }

    private static func sameRun(_ scalar: Unicode.Scalar, _ first: Unicode.Scalar) -> Bool {
        switch first {
        case "？", "?": scalar == "？" || scalar == "?"
        case "Ｘ", "ｘ": scalar == "Ｘ" || scalar == "ｘ"
        default: scalar == first
        }
    }

    /// An ASCII token such as `XX`, `20XX`, `XX.X`, `TODO`; English words, file names and addresses
    /// (`Xbox`, `xxgk/index`) are not placeholders. Returns the index after the token.
    private func scanToken(_ text: RuleText, from start: Int, into found: inout [Range<Int>]) -> Int {
        let scalars = text.scalars
        var end = start
        var onlyX = true
        var hasSeparator = false
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar.isASCIIDigit || scalar == "." {
            } else if scalar.isASCIILetter {
                if scalar != "x" && scalar != "X" { onlyX = false }
            } else if scalar == "/" || scalar == ":" || scalar == "@" || scalar == "_" || scalar == "-" || scalar == "=" {
                hasSeparator = true
            } else {
                break
            }
            end += 1
        }
        if start > 0, scalars[start - 1] == "/" || scalars[start - 1] == "." { hasSeparator = true }
        if !hasSeparator && onlyX {
            var run = start
            while run < end {
                if scalars[run] == "x" || scalars[run] == "X" {
                    var runEnd = run
                    // `xxxxx.xx` is one placeholder for one figure: a decimal point joins two runs.
                    while runEnd < end, scalars[runEnd] == "x" || scalars[runEnd] == "X"
                        || scalars[runEnd] == "." && runEnd + 1 < end && runEnd > run
                        && (scalars[runEnd + 1] == "x" || scalars[runEnd + 1] == "X") { runEnd += 1 }
                    if runEnd - run >= 2 { found.append(run..<runEnd) }
                    run = runEnd
                } else {
                    run += 1
                }
            }
        } else if !onlyX {
            // A word of capitals such as TODO / FIXME / TBD.
            var word = start
            while word < end {
                guard scalars[word].isASCIILetter else { word += 1; continue }
                var wordEnd = word
                while wordEnd < end, scalars[wordEnd].isASCIILetter { wordEnd += 1 }
                let letters = text.text(word..<wordEnd)
                if letters == "TODO" || letters == "FIXME" || letters == "TBD" { found.append(word..<wordEnd) }
                word = wordEnd
            }
        }
        return end
    }

    /// `【待填写…】`, `[待补充]`, `【请填写】`: the index after the closing bracket, or nil.
    private func bracketedPlaceholder(_ text: RuleText, at open: Int) -> Int? {
        let scalars = text.scalars
        let closing: Unicode.Scalar = scalars[open] == "【" ? "】" : "]"
        var close = open + 1
        while close < scalars.count, close - open <= 40, scalars[close] != closing { close += 1 }
        guard close < scalars.count, scalars[close] == closing, close > open + 1 else { return nil }
        let first = scalars[open + 1]
        if first == "待", open + 2 < close, "填补定核完更确录".unicodeScalars.contains(scalars[open + 2]) { return close + 1 }
        for index in (open + 1)..<(close - 1) where scalars[index] == "填" && scalars[index + 1] == "写" {
            return close + 1
        }
        return nil
    }

    private func search(_ pattern: [Unicode.Scalar], in text: RuleText, into found: inout [Range<Int>]) {
        let scalars = text.scalars
        guard let first = pattern.first, scalars.count >= pattern.count else { return }
        var index = 0
        while index + pattern.count <= scalars.count {
            if scalars[index] == first, scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
                found.append(index..<(index + pattern.count))
                index += pattern.count
            } else {
                index += 1
            }
        }
    }
}
