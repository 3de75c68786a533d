import ReportModel
import ReportPluginKit

/// `punctuation.nested-title`: a 书名号 inside a 书名号 (《关于贯彻《义务教育法》的通知》); GB/T 15834
/// writes the inner pair as 单书名号 〈〉. ASCII angle brackets typed for it (《关于贯彻<义务教育法>的通知》)
/// are reported the same way.
public struct NestedTitleMarkRule: ReportRule {
    static let message = "书名号内又用书名号：内层的“《》”应改为单书名号“〈〉”"
    static let messageAngle = "书名号内的尖括号“<>”应改为单书名号“〈〉”"

    private static let marks = MarkSet("《》<>")

    public init() {}

    public let metadata = RuleMetadata(
        id: "punctuation.nested-title",
        title: "书名号嵌套",
        rationale: "书名号里面还要用书名号时，外层用双书名号，内层用单书名号（GB/T 15834—2011 4.15）。把内层也写成“《》”，文件名称的起止就难以分辨。",
        defaultSeverity: .warning,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "印发了《关于贯彻↓《义务教育法》的实施意见》。\n",
            "印发了《关于贯彻↓<义务教育法>的实施意见》。\n",
        ],
        nonTriggeringExamples: [
            "印发了《关于贯彻〈义务教育法〉的实施意见》和《学校管理办法》。\n",
            "当 a<b 且 c>d 时，按《学校管理办法》执行。\n",
        ],
        corrections: [
            RuleCorrection("印发了《关于贯彻《义务教育法》的实施意见》。\n", "印发了《关于贯彻〈义务教育法〉的实施意见》。\n"),
            RuleCorrection("印发了《关于贯彻<义务教育法>的实施意见》。\n", "印发了《关于贯彻〈义务教育法〉的实施意见》。\n"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context, containing: "《") {
            var open: [Int] = []
            var angle: Int?
            var found = text.firstIndex(of: Self.marks)
            while let index = found {
                found = text.firstIndex(of: Self.marks, from: index + 1)
                if text[index] == "<" {
                    angle = open.isEmpty ? nil : index
                } else if text[index] == ">" {
                    guard let start = angle, !open.isEmpty else { continue }
                    angle = nil
                    let range = text.range(start..<(index + 1))
                    let replacement = "〈" + text.text((start + 1)..<index) + "〉"
                    diagnostics.append(metadata.diagnostic(Self.messageAngle, at: range, fix: Fix(range: range, replacement: replacement)))
                } else if text[index] == "《" {
                    open.append(index)
                } else if let start = open.popLast(), !open.isEmpty {
                    let range = text.range(start..<(index + 1))
                    let replacement = "〈" + text.text((start + 1)..<index) + "〉"
                    diagnostics.append(metadata.diagnostic(Self.message, at: range, fix: Fix(range: range, replacement: replacement)))
                }
            }
        }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }
}
