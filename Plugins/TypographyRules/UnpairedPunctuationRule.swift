import ReportModel
import ReportPluginKit

/// `punctuation.unpaired`: a quotation mark, 书名号 or bracket (“ ” ‘ ’ 《 》 （ ） 〔 〕 【 】) without its
/// partner in the same paragraph. A quotation opened with one kind of mark and closed with the other
/// (‘两个只增不减“) is one finding, with the pair made whole: “…” at the top level, ‘…’ inside “…”.
public struct UnpairedPunctuationRule: ReportRule {
    static func messageOpening(_ name: String, _ open: Character, _ close: Character) -> String {
        "\(name)的前半个 \(open) 在本段内没有配对的后半个 \(close)：请补上 \(close) 或删去多余的 \(open)"
    }
    static func messageClosing(_ name: String, _ open: Character, _ close: Character) -> String {
        "\(name)的后半个 \(close) 前面没有配对的前半个 \(open)：请补上 \(open) 或删去多余的 \(close)"
    }

    static func messageMismatch(_ open: Character, _ close: Character, _ fixed: (Character, Character)) -> String {
        "引号前后不一致：以 \(open) 开头，却以 \(close) 结尾：应为 \(fixed.0)…\(fixed.1)"
    }

    /// The pairs checked, with their Chinese names.
    static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar, name: String)] = [
        ("“", "”", "引号"), ("‘", "’", "单引号"), ("《", "》", "书名号"), ("（", "）", "括号"),
        ("〔", "〕", "六角括号"), ("【", "】", "方头括号"),
    ]

    public init() {}

    public let metadata = RuleMetadata(
        id: "punctuation.unpaired",
        title: "成对标点不配对",
        rationale: "引号、书名号和括号必须成对出现。缺了后半个的书名号会让文件名称与正文连成一片，审核人员无法判断引用的文件到哪里为止；这类错误多因删改或粘贴时丢字。",
        defaultSeverity: .error,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "印发了↓《关于加强学校管理的通知，明确了责任。\n",
            "开展↓“双减督导检查，印发关于课后服务的通知↓》。\n",
            "新建学校3所↓（含幼儿园1所，新增学位1200个。\n",
            "落实↓‘两个只增不减“的要求。\n",
            "开展↓“双减’督导。\n",
            "开展↓“双减‘督导。\n",
        ],
        nonTriggeringExamples: [
            "印发了《关于加强学校管理的通知》，开展“双减”督导，推进“筑‘心’防线”活动（含幼儿园）。\n",
            "转发了《通知》（青山教发〔2023〕5号），设立【家长开放日】。\n",
            "印发了《建设方案》（青山府办〔202341号），新建学校3所。\n",
            "引用英文报告“Schools don’t wait”的结论。\n",
        ],
        corrections: [
            RuleCorrection("落实‘两个只增不减“的要求。", "落实“两个只增不减”的要求。"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // One stack per pair, emptied for each text but kept allocated across texts.
        var stacks = [[Int]](repeating: [], count: Self.pairs.count)
        for text in RuleText.all(in: report, context: context) where text.containsAny(of: Self.marks) {
            check(text, stacks: &stacks, into: &diagnostics)
        }
        return diagnostics
    }

    private func check(_ text: RuleText, stacks: inout [[Int]], into diagnostics: inout [Diagnostic]) {
        for pair in stacks.indices { stacks[pair].removeAll(keepingCapacity: true) }
        var unpaired: [(index: Int, pair: Int, opening: Bool)] = []
        var found = text.firstIndex(of: Self.marks)
        while let index = found {
            found = text.firstIndex(of: Self.marks, from: index + 1)
            guard let scalar = text[index], let pair = Self.kind(of: scalar) else { continue }
            // The apostrophe of English words (`don’t`) is not a quotation mark.
            if scalar == "’", text[index - 1]?.isASCIILetter == true, text[index + 1]?.isASCIILetter == true { continue }
            if scalar == Self.pairs[pair].open {
                stacks[pair].append(index)
            } else if stacks[pair].popLast() == nil {
                unpaired.append((index, pair, false))
            }
        }
        for pair in stacks.indices {
            for index in stacks[pair] { unpaired.append((index, pair, true)) }
        }
        guard !unpaired.isEmpty else { return }
        unpaired.sort { $0.index < $1.index }
        var mismatched = Set<Int>()
        for (first, second) in zip(unpaired, unpaired.dropFirst())
        where Self.isMismatchedQuote(first, second, in: text) && !mismatched.contains(first.index) {
            mismatched.formUnion([first.index, second.index])
            diagnostics.append(mismatch(from: first.index, to: second.index, in: text))
        }
        for entry in unpaired where !mismatched.contains(entry.index) {
            let pair = Self.pairs[entry.pair]
            if pair.open == "〔", Self.isBrokenDocumentNumber(entry.index, opening: entry.opening, in: text) { continue }
            let message = entry.opening
                ? Self.messageOpening(pair.name, Character(pair.open), Character(pair.close))
                : Self.messageClosing(pair.name, Character(pair.open), Character(pair.close))
            diagnostics.append(metadata.diagnostic(message, at: text.range(entry.index..<(entry.index + 1))))
        }
    }

    /// Two quotation marks left unpaired, the first opening one kind and the second of the other kind,
    /// in one sentence: one quotation with mismatched ends.
    static func isMismatchedQuote(_ first: (index: Int, pair: Int, opening: Bool), _ second: (index: Int, pair: Int, opening: Bool),
                                  in text: RuleText) -> Bool {
        guard first.opening, first.pair <= 1, second.pair <= 1, first.pair != second.pair,
              second.index - first.index <= maximumQuotation else { return false }
        let sentenceEnd = text.firstIndex(of: sentenceEnds, from: first.index + 1) ?? text.count
        guard sentenceEnd > second.index else { return false }
        // A closing mark of the first's kind later in the sentence may be its partner: not certain.
        let partner: MarkSet = first.pair == 0 ? closingDouble : closingSingle
        return text.firstIndex(of: partner, from: second.index + 1).map { $0 >= sentenceEnd } ?? true
    }

    /// The longest quotation taken as one with mismatched ends.
    static let maximumQuotation = 60
    private static let sentenceEnds = MarkSet("。！？；")

    /// The finding for a quotation from `start` to `end` (its two marks), fixed to the marks its depth
    /// calls for: “…” unless it sits inside a double quotation opened before it.
    private func mismatch(from start: Int, to end: Int, in text: RuleText) -> Diagnostic {
        var depth = 0
        var found = text.firstIndex(of: Self.doubleQuotes)
        while let index = found, index < start {
            depth += text[index] == "“" ? 1 : -1
            found = text.firstIndex(of: Self.doubleQuotes, from: index + 1)
        }
        let fixed: (Character, Character) = depth > 0 ? ("‘", "’") : ("“", "”")
        let range = text.range(start..<(end + 1))
        let inner = text.text(start + 1..<end)
        let message = Self.messageMismatch(text[start].map(Character.init) ?? "‘", text[end].map(Character.init) ?? "“", fixed)
        return metadata.diagnostic(message, at: range, fix: Fix(range: range, replacement: "\(fixed.0)\(inner)\(fixed.1)"))
    }

    private static let doubleQuotes = MarkSet("“”")
    private static let closingDouble = MarkSet("”")
    private static let closingSingle = MarkSet("’")

    /// Every mark of the pairs: a text with none of them is skipped unread.
    private static let marks = MarkSet("“”‘’《》（）〔〕【】")

    private static func kind(of scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "“", "”": 0
        case "‘", "’": 1
        case "《", "》": 2
        case "（", "）": 3
        case "〔", "〕": 4
        case "【", "】": 5
        default: nil
        }
    }

    /// A 〔 or 〕 of a document number that lost its partner (`〔202141号`, `2021〕41号`), which
    /// docnumber.format reports with a fix.
    static func isBrokenDocumentNumber(_ index: Int, opening: Bool, in text: RuleText) -> Bool {
        var position = index + 1
        while let scalar = text[position], scalar.isASCIIDigit { position += 1 }
        let digitsAfter = position - index - 1
        if opening { return digitsAfter >= 1 && text[position] == "号" }
        guard digitsAfter >= 1, text[position] == "号" else { return false }
        var before = index - 1
        while let scalar = text[before], scalar.isASCIIDigit { before -= 1 }
        return index - before - 1 == 4
    }
}
