import ReportModel
import ReportPluginKit

/// `score.self`: self-scores a reviewer will not accept — a total above the scheme's full marks with no
/// bonus stated (`自评总分105分`), every item at full marks (a total equal to full marks, `各项均为满分`),
/// and scores written with a leading zero (`扣03分`: 3 or 0.3?).
public struct SelfScoreRule: ReportRule {
    static func messageAboveFull(_ score: String, _ full: Int) -> String {
        "自评总分\(score)分超过评价方案满分\(full)分，且未说明加分项：请核对分数或写明加分依据"
    }
    static func messageAllFull(_ written: String) -> String {
        "自评“\(written)”即每一项都得满分：督导室会把自评分与实地核查分逐项比对，请逐项核实，有扣分的如实写明"
    }
    static func messageMalformed(_ written: String) -> String {
        "分值“\(written)”写法有误（前导零）：是整数还是小数？请改为如“3分”或“0.3分”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "score.self",
        title: "自评分数有误",
        rationale: "督导室会把区县自评分与实地核查分逐项比对。自评总分超过方案满分而未说明加分、分值写成“扣03分”这样含糊的形式，都会被退回。满分默认为100分，可用选项 full_marks 按本年度评价方案设定。",
        defaultSeverity: .warning,
        readsEveryText: true,
        triggeringExamples: [
            "经逐项自查，我区自评总分↓105分。\n",
            "学位供给一项扣↓03分，自评得分96.5分。\n",
            RuleExample("经逐项自查，我区自评得分↓125分。\n", options: RuleOptions(["full_marks": .number(120)])),
            "经逐项自查，我区自评总分↓100分。\n",
            "对照评价方案逐项自评，各项指标↓均为满分。\n",
        ],
        nonTriggeringExamples: [
            "经逐项自查，我区自评总分96.5分，扣3.5分。\n",
            "经逐项自查，自评得分103分（含创新加分3分）。\n",
            "扣0.5分，得分0分。\n",
            "学生体质健康测试优秀率较上年提高，其中满分率为12%，3名学生均为满分。\n",
            RuleExample("经逐项自查，我区自评得分118分。\n", options: RuleOptions(["full_marks": .number(120)])),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let full = context.options(for: metadata.id).number("full_marks").map { Int($0) } ?? 100
        var diagnostics: [Diagnostic] = []
        for ruleText in RuleText.all(in: report, context: context) where ruleText.contains("分") && ruleText.containsAny(of: Self.cues) {
            let text = ruleText.scalars
            for (range, score) in Self.totals(in: text) where score >= Double(full) {
                guard !Self.sentence(around: range, in: text).containsText("加分") else { continue }
                let written = text[range].dropLast().string
                diagnostics.append(metadata.diagnostic(
                    score > Double(full) ? Self.messageAboveFull(written, full) : Self.messageAllFull("总分\(written)分"),
                    at: ruleText.range(range)))
            }
            for phrase in Self.allFullPhrases {
                for range in ruleText.ranges(of: phrase) {
                    let sentence = Self.sentence(around: range, in: text)
                    guard Self.allFullSubjects.contains(where: { sentence.containsText($0) }) else { continue }
                    diagnostics.append(metadata.diagnostic(Self.messageAllFull(phrase), at: ruleText.range(range)))
                }
            }
            for range in Self.leadingZeros(in: text) {
                diagnostics.append(metadata.diagnostic(
                    Self.messageMalformed(text[range].string), at: ruleText.range(range)))
            }
        }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }

    /// What a text must hold for any finding.
    private static let cues = PhraseSet(["自评", "扣0", "得0", "计0", "加0", "减0", "满分"])

    /// How a report says that it gave itself full marks on every item.
    static let allFullPhrases = ["均为满分", "均得满分", "均获满分", "全部满分", "全部得满分", "都是满分"]
    /// Words that make such a phrase the self-evaluation's (not, say, a test result's).
    static let allFullSubjects = ["各项", "逐项", "自评"]

    /// `自评总分105分`, `自评得分为96.5分`: the figure with its 分, and its value.
    static func totals(in text: ScannedScalars) -> [(Range<Int>, Double)] {
        var found: [(Range<Int>, Double)] = []
        let line = text.string
        for cue in ["自评总分", "自评得分", "自评总得分", "自评分"] where line.containsText(cue) {
            let cueCharacters = Array(cue.unicodeScalars)
            var index = 0
            while index + cueCharacters.count <= text.count {
                guard text[index..<(index + cueCharacters.count)].elementsEqual(cueCharacters) else { index += 1; continue }
                var start = index + cueCharacters.count
                while start < text.count, "为是：:达 ".unicodeScalars.contains(text[start]) { start += 1 }
                var end = start
                while end < text.count, text[end].isASCIIDigit || text[end] == "." { end += 1 }
                if end > start, end < text.count, text[end] == "分", let value = Double(text[start..<end].string),
                   !found.contains(where: { $0.0.lowerBound == start }) {
                    found.append((start..<(end + 1), value))
                }
                index = end + 1
            }
        }
        return found
    }

    /// `扣03分`, `得05分`: a number of two or more digits starting with 0 before 分.
    static func leadingZeros(in text: ScannedScalars) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard text[index] == "0", index == 0 || !(text[index - 1].isASCIIDigit || text[index - 1] == ".") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count, text[end].isASCIIDigit { end += 1 }
            if end - index >= 2, end < text.count, text[end] == "分",
               index > 0, "扣得计加减".unicodeScalars.contains(text[index - 1]) {
                found.append(index..<(end + 1))
            }
            index = end
        }
        return found
    }

    private static func sentence(around range: Range<Int>, in text: ScannedScalars) -> String {
        let ends = "。；！？\n".unicodeScalars
        let start = (text[..<range.lowerBound].lastIndex { ends.contains($0) }).map { $0 + 1 } ?? 0
        let end = text[range.upperBound...].firstIndex { ends.contains($0) } ?? text.count
        return text[start..<end].string
    }
}
