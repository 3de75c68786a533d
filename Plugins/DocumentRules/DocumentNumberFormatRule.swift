import ReportModel
import ReportPluginKit

/// `docnumber.format`: a 发文字号 not of the form 机关代字〔2023〕40号, in the document's own 发文字号
/// and in document numbers cited in the text (`（渝教发〔2023〕68号）`).
public struct DocumentNumberFormatRule: ReportRule {
    static func message(_ written: String, _ problems: [String], _ fixed: String?, cited: Bool) -> String {
        let subject = cited ? "文中引用的发文字号" : "发文字号"
        let correction = fixed.map { "，应为“\($0)”" } ?? ""
        return "\(subject)“\(written)”不规范：\(problems.joined(separator: "；"))\(correction)"
    }
    static func messageUnrecognised(_ written: String) -> String {
        "发文字号“\(written)”不规范：应写作“机关代字〔年份〕序号号”，如“青山府发〔2023〕40号”"
    }
    static func messageCitedWithoutCode(_ written: String) -> String {
        "文中引用的发文字号“\(written)”缺少机关代字：应写明是哪个机关的文件，如“青山府发\(written)”"
    }
    static let messageMissingCode = "发文字号缺少机关代字：应写作“机关代字〔年份〕序号号”，如“青山府发〔2023〕40号”"

    public init() {}

    public let metadata = RuleMetadata(
        id: "docnumber.format",
        title: "发文字号格式不规范",
        rationale: "GB/T 9704—2012 规定发文字号由发文机关代字、年份、发文顺序号组成，年份用六角括号“〔〕”括入并写全四位，序号不编虚位（1不编为01）、不加“第”字。网页转载时六角括号常被替换成方括号或圆括号，或丢失半边，使文号无法检索。",
        defaultSeverity: .error,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "青山府办函↓[2023]40号\n关于2023年履行教育职责情况的自查报告\n",
            "印发了《青山区学校建设方案》（青山府办↓〔202341号），新建学校3所。\n",
            "转发了《通知》（青山教发↓【2022】8号）和《意见》（青山教发↓（2022）9号）。\n",
            "依据《方案》（青山教发↓〔2022〕第125号）和《细则》（青山教发↓〔2022〕0125号）执行。\n",
            "依据《方案》（青山教发↓〔22〕12号）执行。\n",
            "青山府发↓〔2023〕第5号\n关于2023年履行教育职责情况的自查报告\n",
            "依据《方案》（青山教发↓2024118号）和《通知》（青山教发↓﹝2023﹞7号、青山教发↓〔 2023 〕 15 号）执行。\n",
            "按照↓〔2023〕40号文件要求，印发了《通知》（↓〔2023〕41号）。\n",
        ],
        nonTriggeringExamples: [
            "青山府办函〔2023〕40号\n关于2023年履行教育职责情况的自查报告\n",
            "依据《方案》（青山教发〔2022〕125号）执行，国务院令第699号同时废止，教学楼3号楼已投入使用。\n",
            "新建学校（含幼儿园8所）9号线沿线学校3所，索引号11500112450511511J/2022-00108。\n",
            "建成教学楼2024118号地块，发放补助20241号。\n",
            "按照青山府发〔2023〕40号、〔2023〕41号和〔2023〕42号文件要求，落实中发〔2021〕40号精神。\n",
        ],
        corrections: [
            RuleCorrection(
                "印发了《青山区学校建设方案》（青山府办〔202341号），新建学校3所。\n",
                "印发了《青山区学校建设方案》（青山府办〔2023〕41号），新建学校3所。\n"),
            RuleCorrection(
                "转发了《通知》（青山教发【2022】8号）和《意见》（青山教发（2022）9号）。\n",
                "转发了《通知》（青山教发〔2022〕8号）和《意见》（青山教发〔2022〕9号）。\n"),
            RuleCorrection(
                "依据《方案》（青山教发〔2022〕第125号）和《细则》（青山教发〔2022〕0125号）执行。\n",
                "依据《方案》（青山教发〔2022〕125号）和《细则》（青山教发〔2022〕125号）执行。\n"),
            RuleCorrection(
                "依据《方案》（青山教发2024118号）和《通知》（青山教发﹝2023﹞7号、青山教发〔 2023 〕 15 号）执行。\n",
                "依据《方案》（青山教发〔2024〕118号）和《通知》（青山教发〔2023〕7号、青山教发〔2023〕15号）执行。\n"),
        ])

    /// Words that cite a document (`按照〔2023〕40号文件`): a bracketed year right after one has no 机关代字.
    static let citingWords: [String] = ["按照", "根据", "依据", "依照", "对照", "参照", "落实", "执行", "贯彻", "印发", "转发", "遵照"]

    /// Whether a cited number stands without a 机关代字: at a clause's start, after punctuation, or
    /// right after a citing word — unless it continues a list after a number that had one
    /// (`青山教发〔2023〕5号、〔2023〕6号`).
    static func lacksIssuerCode(_ match: DocumentNumberScanner.Match, in text: RuleText, afterCodedNumber: Bool) -> Bool {
        let start = match.range.lowerBound
        guard let before = text[start - 1] else { return true }
        if !before.isHan {
            return !(afterCodedNumber && (before == "、" || before == "，"))
        }
        if afterCodedNumber, before == "和" || before == "及" { return false }
        return citingWords.contains { word in
            let length = word.unicodeScalars.count
            return start >= length && text.text((start - length)..<start) == word
        }
    }

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Every document number ends in 号; the 发文字号 field is read even without one.
        let texts = RuleText.all(in: report, context: context, containing: "号")
        let field = report.metadata.documentNumber.map {
            RuleText(TextSpan(text: $0.text, line: $0.range.start.line, column: $0.range.start.column), kind: .documentNumber)
        }
        // The field's own text comes first when the shared texts lack it (it has no 号).
        if let field, !texts.contains(where: { $0.kind == .documentNumber }) { check(field, into: &diagnostics) }
        for text in texts { check(text, into: &diagnostics) }
        return diagnostics
    }

    /// The findings in one text (the 发文字号 field or a text that cites a number).
    private func check(_ text: RuleText, into diagnostics: inout [Diagnostic]) {
        let isField = text.kind == .documentNumber
        let matches = DocumentNumberScanner.matches(in: text, strict: isField)
        if isField, matches.isEmpty {
            diagnostics.append(metadata.diagnostic(Self.messageUnrecognised(text.span.text), at: text.span.range))
            return
        }
        var previousHadCode = false
        for match in matches {
            if match.problems.isEmpty {
                if isField, !match.hasIssuerCode {
                    diagnostics.append(metadata.diagnostic(Self.messageMissingCode, at: text.range(match.range)))
                } else if !isField, Self.lacksIssuerCode(match, in: text, afterCodedNumber: previousHadCode) {
                    diagnostics.append(metadata.diagnostic(
                        Self.messageCitedWithoutCode(text.text(match.range)), at: text.range(match.range)))
                }
                previousHadCode = !Self.lacksIssuerCode(match, in: text, afterCodedNumber: false)
                continue
            }
            // A number both malformed and without its 机关代字 (`（〔202297号）`): the code is said
            // apart, since fixing the brackets leaves it missing.
            if !isField, Self.lacksIssuerCode(match, in: text, afterCodedNumber: previousHadCode) {
                diagnostics.append(metadata.diagnostic(
                    Self.messageCitedWithoutCode(match.fixed ?? text.text(match.range)), at: text.range(match.range)))
            }
            previousHadCode = match.hasIssuerCode
            let range = text.range(match.range)
            let message = Self.message(text.text(match.range), match.problems, match.fixed, cited: !isField)
            diagnostics.append(metadata.diagnostic(
                message, at: range, fix: match.fixed.map { Fix(range: range, replacement: $0) }))
        }
    }
}
