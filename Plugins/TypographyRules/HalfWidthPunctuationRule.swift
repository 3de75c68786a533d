import ReportModel
import ReportPluginKit

/// `punctuation.half-width`: `, ; : ? ! ( )` and straight quotes in Chinese text, which GB/T 15834
/// writes full-width (，；：？！（）“”). Numbers (1,234 / 10:30), addresses and English are left alone.
public struct HalfWidthPunctuationRule: ReportRule {
    static func message(_ written: String, _ replacement: String) -> String {
        "中文语境应使用全角标点：半角“\(written)”应改为“\(replacement)”"
    }
    static let messageUnpairedQuote = "中文语境应使用全角引号：此处的半角直引号 \" 无法确定是前引号还是后引号，请手工改为 “ 或 ”"
    static func messageQuote(_ replacement: String) -> String {
        "中文语境应使用全角引号：半角直引号 \" 应改为\(replacement == "“" ? "前引号" : "后引号") \(replacement)"
    }
    static let messageRecipientsColon = "主送机关后应使用全角冒号“：”，不用半角“:”"

    /// The full-width form of a half-width mark this rule reports.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case ",": "，"
        case ";": "；"
        case ":": "："
        case "?": "？"
        case "!": "！"
        case "(": "（"
        case ")": "）"
        default: nil
        }
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "punctuation.half-width",
        title: "中文中使用半角标点",
        rationale: "GB/T 15834—2011 规定中文文本使用全角标点。从网页或英文输入法粘贴的文字常夹带半角逗号、分号、冒号、括号和直引号，排版时与汉字挤在一起，审核时会被要求逐一改正。数字中的千分位、时间（10:30）、网址和英文不在此列。",
        defaultSeverity: .warning,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "2023年以来↓,全区新建学校3所↓;投入经费5.2亿元↓(含债券资金↓)。\n",
            "主要做法如下↓:一是加强领导↓!二是保障经费。\n",
            "开展↓\"双减↓\"督导检查12次。\n",
            "课后服务是否全部覆盖↓?今年实现全覆盖。\n",
        ],
        nonTriggeringExamples: [
            "全区共投入经费1,234万元，上午10:30召开会议，增长3.5%。\n",
            "详见https://www.example.gov.cn/jyj/index.html?id=1，或参见英文摘要“Hello, world!”。\n",
            "开展“双减”督导检查（含校外培训机构）12次。\n",
            "详见[区教委网站](https://www.example.gov.cn)全文。\n",
        ],
        corrections: [
            RuleCorrection(
                "2023年以来,全区新建学校3所;投入经费5.2亿元(含债券资金)。\n",
                "2023年以来，全区新建学校3所；投入经费5.2亿元（含债券资金）。\n"),
            RuleCorrection("开展\"双减\"督导检查12次。\n", "开展“双减”督导检查12次。\n"),
        ])

    /// Writes into the run's list: a line of commas has a finding every two characters.
    public func check(_ report: Report, context: RuleContext, into findings: inout FindingList) {
        let first = findings.count
        for text in RuleText.all(in: report, context: context) {
            check(text, into: &findings)
        }
        if let range = recipientsColon(report, context: context) {
            findings.removeAll(from: first) { $0.range == range }
            findings.insert(
                metadata.diagnostic(Self.messageRecipientsColon, at: range, fix: Fix(range: range, replacement: "：")),
                at: findings[first...].firstIndex { $0.range.start > range.start } ?? findings.endIndex)
        }
    }

    /// Where the 主送机关 line ends in a half-width colon, if it does (the field as written keeps it).
    private func recipientsColon(_ report: Report, context: RuleContext) -> SourceRange? {
        guard let written = report.metadata.recipients?.written, written.text.hasSuffix(":") else { return nil }
        return written.range(ofCharacters: written.length - 1..<written.length)
    }

    private func check(_ text: RuleText, into diagnostics: inout FindingList) {
        // This text's findings go straight into the report's list; only they are sorted below.
        let first = diagnostics.endIndex
        guard text.containsAny(of: Self.candidates) else { return }
        let urls = text.mayContainURL ? text.urlRanges : []
        var quotes: [Int] = []
        var parenPartner: [Int: Int] = [:]
        if text.containsAny(of: Self.pairedCandidates) {
            var openParens: [Int] = []
            var found = text.firstIndex(of: Self.pairedCandidates)
            while let index = found {
                switch text[index] {
                case "\"": if !urls.contains(where: { $0.contains(index) }) { quotes.append(index) }
                case "(": openParens.append(index)
                default:
                    if let open = openParens.popLast() {
                        parenPartner[open] = index
                        parenPartner[index] = open
                    }
                }
                found = text.firstIndex(of: Self.pairedCandidates, from: index + 1)
            }
        }
        var found = text.firstIndex(of: Self.replaced)
        while let index = found {
            found = text.firstIndex(of: Self.replaced, from: index + 1)
            guard let scalar = text[index] else { break }
            guard let replacement = Self.replacement(for: scalar) else { continue }
            if urls.contains(where: { $0.contains(index) }) { continue }
            let previous = neighbour(of: index, in: text, step: -1)
            let next = neighbour(of: index, in: text, step: 1)
            switch scalar {
            case ",", ":", ";":
                if previous?.isASCIIDigit == true && next?.isASCIIDigit == true { continue }
            case "?":
                if previous == "?" || previous == "？" || next == "?" || next == "？" { continue }  // a placeholder
            case "(", ")":
                if text.kind == .documentNumber || isDocumentNumberParen(index, in: text) { continue }
                if let partner = parenPartner[index] {
                    let (open, close) = scalar == "(" ? (index, partner) : (partner, index)
                    // `[文字](链接)` is Markdown, not a parenthesis.
                    if text[open - 1] != "]", pairIsChinese(open, close, in: text) {
                        let range = text.range(index..<(index + 1))
                        diagnostics.append(metadata.diagnostic(
                            Self.cachedMessage(scalar), at: range, fix: Fix(range: range, replacement: replacement)))
                    }
                    continue
                }
            default: break
            }
            guard previous?.isChineseText == true || next?.opensChineseText == true else { continue }
            let range = text.range(index..<(index + 1))
            diagnostics.append(metadata.diagnostic(
                Self.cachedMessage(scalar), at: range, fix: Fix(range: range, replacement: replacement)))
        }
        checkQuotes(quotes, in: text, into: &diagnostics)
        if !quotes.isEmpty || !parenPartner.isEmpty {
            diagnostics.sortSuffix(from: first)
        }
    }

    /// Straight quotes pair up in order: the first of a pair becomes “, the second ”.
    private func checkQuotes(_ quotes: [Int], in text: RuleText, into diagnostics: inout FindingList) {
        var pair = 0
        while pair + 1 < quotes.count {
            let open = quotes[pair], close = quotes[pair + 1]
            if pairIsChinese(open, close, in: text) {
                let openRange = text.range(open..<(open + 1))
                diagnostics.append(metadata.diagnostic(
                    Self.messageOpeningQuote, at: openRange, fix: Fix(range: openRange, replacement: "“")))
                let closeRange = text.range(close..<(close + 1))
                diagnostics.append(metadata.diagnostic(
                    Self.messageClosingQuote, at: closeRange, fix: Fix(range: closeRange, replacement: "”")))
            }
            pair += 2
        }
        if pair < quotes.count {
            let index = quotes[pair]
            if neighbour(of: index, in: text, step: -1)?.isChineseText == true
                || neighbour(of: index, in: text, step: 1)?.opensChineseText == true
            {
                diagnostics.append(metadata.diagnostic(Self.messageUnpairedQuote, at: text.range(index..<(index + 1))))
            }
        }
    }

    /// Whether a pair of brackets or quotes stands in Chinese text: beside it or inside it.
    private func pairIsChinese(_ open: Int, _ close: Int, in text: RuleText) -> Bool {
        if neighbour(of: open, in: text, step: -1)?.isChineseText == true { return true }
        if neighbour(of: close, in: text, step: 1)?.opensChineseText == true { return true }
        return text.scalars[(open + 1)..<close].contains { $0.isHan }
    }

    /// The nearest scalar before or after `index` that is not a space.
    private func neighbour(of index: Int, in text: RuleText, step: Int) -> Unicode.Scalar? {
        var position = index + step
        while let scalar = text[position] {
            if scalar != " " { return scalar }
            position += step
        }
        return nil
    }

    /// `(2023)` in a document number such as `渝府发(2023)5号`: docnumber.format reports it.
    private func isDocumentNumberParen(_ index: Int, in text: RuleText) -> Bool {
        var open = index
        if text[index] == ")" {
            open = index - 1
            while let scalar = text[open], scalar.isASCIIDigit { open -= 1 }
            guard text[open] == "(" else { return false }
        }
        var position = open + 1
        while let scalar = text[position], scalar.isASCIIDigit { position += 1 }
        let yearDigits = position - open - 1
        guard yearDigits >= 2, yearDigits <= 4, text[position] == ")" else { return false }
        position += 1
        if text[position] == "第" { position += 1 }
        let serialStart = position
        while let scalar = text[position], scalar.isASCIIDigit { position += 1 }
        return position > serialStart && text[position] == "号"
    }

    /// The ASCII marks this rule looks at: a text with none of them has no finding.
    private static let candidates = MarkSet(",;:?!()\"")
    /// The marks that pair up (straight quotes and parentheses).
    private static let pairedCandidates = MarkSet("()\"")
    /// The marks this rule replaces (`"` is handled on its own).
    private static let replaced = MarkSet(",;:?!()")

    /// The message of each mark is made once rather than once per finding.
    static let messageOpeningQuote = messageQuote("“")
    static let messageClosingQuote = messageQuote("”")

    private static func cachedMessage(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case ",": messageComma
        case ";": messageSemicolon
        case ":": messageColon
        case "?": messageQuestion
        case "!": messageExclamation
        case "(": messageOpeningParen
        case ")": messageClosingParen
        default: message(String(scalar), replacement(for: scalar) ?? "")
        }
    }
    private static let messageComma = message(",", "，")
    private static let messageSemicolon = message(";", "；")
    private static let messageColon = message(":", "：")
    private static let messageQuestion = message("?", "？")
    private static let messageExclamation = message("!", "！")
    private static let messageOpeningParen = message("(", "（")
    private static let messageClosingParen = message(")", "）")
}
