import ReportModel
import ReportPluginKit

/// `wording.misused`: words that style guides for official documents list as commonly misused,
/// reported only in the context that makes the misuse certain, with the right word as the fix.
public struct MisusedWordRule: ReportRule {
    static func message(_ word: MisusedWord) -> String {
        "“\(word.wrong)”应为“\(word.right)”：\(word.reason)"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "wording.misused",
        title: "常见误用词",
        rationale: """
            截止/截至、其它/其他、做出/作出、部份/部分、以经/已经、启用/起用、即……又/既……又、的/地/得，\
            是公文审核中最常见的用词错误。本规则只在上下文能确定误用时报告（如“截止”后面是时间点），并给出正确写法。
            """,
        defaultSeverity: .warning, isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "↓截止2023年底，全区共有学校52所。\n",
            "↓截止到目前，已完成整改。\n",
            "对↓其它学校加强指导。\n",
            "区委区政府↓做出了重要部署。\n",
            "↓部份学校大班额问题突出。\n",
            "新校区↓以经投入使用。\n",
            "2023年秋季↓起用新校区。\n",
            "↓即要抓好安全，又要抓好质量。\n",
            "认真↓的落实各项措施，↓取的了明显成效。\n",
        ],
        nonTriggeringExamples: [
            "截至2023年底，全区共有学校52所，申报截止日期为6月30日。\n",
            "对其他学校加强指导，部分学校大班额问题突出。\n",
            "区委区政府作出了重要部署，教师做出了好成绩。\n",
            "坚持以经济建设为中心，新校区已经投入使用。\n",
            "2023年秋季启用新校区，大胆起用年轻干部。\n",
            "即日起开展检查，既要抓好安全，又要抓好质量。\n",
            "保持认真的态度，取得了明显成效，得到扎实的推进措施保障。\n",
        ],
        corrections: [
            RuleCorrection("截止2023年底，全区共有学校52所。\n", "截至2023年底，全区共有学校52所。\n"),
            RuleCorrection("认真的落实各项措施。\n", "认真地落实各项措施。\n"),
        ])

    /// The first characters of the misused forms: a text with none of them is skipped unread, and
    /// the scan jumps from one to the next.
    private static let firstScalars = MarkSet(String(MisusedWord.all.compactMap(\.wrong.first)))
    private static let sentenceEnds = MarkSet("。；！？")
    /// The forms by their first scalar, so that a stop looks only at the forms starting there.
    private static let byFirstScalar: [Unicode.Scalar: [Int]] = Dictionary(
        grouping: MisusedWord.all.indices, by: { MisusedWord.all[$0].wrong.unicodeScalars.first! })

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) where text.containsAny(of: Self.firstScalars) {
            var found = text.firstIndex(of: Self.firstScalars)
            while let index = found {
                let forms = text[index].flatMap { Self.byFirstScalar[$0] } ?? []
                guard let form = forms.first(where: { Self.matches(MisusedWord.all[$0], at: index, in: text) }) else {
                    found = text.firstIndex(of: Self.firstScalars, from: index + 1)
                    continue
                }
                let word = MisusedWord.all[form]
                let length = word.wrong.unicodeScalars.count
                let range = text.range(index..<(index + length))
                diagnostics.append(metadata.diagnostic(
                    Self.message(word), at: range, fix: Fix(range: range, replacement: word.right)))
                found = text.firstIndex(of: Self.firstScalars, from: index + length)
            }
        }
        return diagnostics
    }

    /// Whether `word` is misused at `index`: its form is there and its context holds.
    private static func matches(_ word: MisusedWord, at index: Int, in text: RuleText) -> Bool {
        guard text.hasPhrase(word.wrong, at: index) else { return false }
        let after = index + word.wrong.unicodeScalars.count
        if !word.followedBy.isEmpty {
            var next: Int?
            for gap in 0...word.gap {
                if let follower = word.followedBy.first(where: { text.hasPhrase($0, at: after + gap) }) {
                    next = after + gap + follower.unicodeScalars.count
                    break
                }
            }
            guard let next else { return false }
            if word.unlessThen.contains(where: { text.hasPhrase($0, at: next) }) { return false }
        }
        if !word.precededBy.isEmpty {
            guard word.precededBy.contains(where: { text.hasPhrase($0, at: index - $0.unicodeScalars.count) }) else { return false }
        }
        if let paired = word.pairedWith {
            let end = text.firstIndex(of: sentenceEnds, from: after) ?? text.count
            guard text.text(after..<end).contains(paired) else { return false }
        }
        return true
    }
}
