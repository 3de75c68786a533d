import ReportModel
import ReportPluginKit

/// `numbering.style`: a marker written in another form than its siblings or than GB/T 9704's
/// 一、（一）1.（1）: `（5）` among （四）（六）, `(二)`, `1、`, `（一）、`.
public struct NumberingStyleRule: ReportRule {
    static func messageFamily(_ raw: String, _ neighbours: String, _ fixed: String) -> String {
        "编号“\(raw)”与同级编号\(neighbours)的形式不一致，应为“\(fixed)”"
    }
    static func messageHalfWidth(_ raw: String, _ fixed: String) -> String {
        "编号“\(raw)”使用了半角括号，应为全角括号“\(fixed)”"
    }
    static func messageArabicForm(_ raw: String, _ fixed: String) -> String {
        "编号“\(raw)”应写作“\(fixed)”：GB/T 9704 规定第三层用阿拉伯数字加下脚点“.”"
    }
    static func messageTrailing(_ raw: String, _ fixed: String) -> String {
        "括号编号后不再加标点：“\(raw)”应为“\(fixed)”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "numbering.style",
        title: "编号形式不规范",
        rationale: "GB/T 9704—2012 规定公文结构层次序数依次为“一、”“（一）”“1.”“（1）”，括号用全角，括号编号后不加顿号。同级编号形式不一，多是复制粘贴或输入法切换造成的。",
        defaultSeverity: .warning,
        isFixable: true,
        triggeringExamples: [
            "一、重点任务\n（一）加强领导\n领导有力。\n↓（2）保障经费\n经费充足。\n（三）建设队伍\n队伍稳定。\n",
            "一、自查情况\n↓(一)加强领导\n领导有力。\n↓(二)保障经费\n经费充足。\n",
            "一、自查情况\n（一）加强领导\n↓1、健全机制\n机制完善。\n↓2、明确责任\n责任清楚。\n",
            "一、自查情况\n↓（一）、加强领导\n领导有力。\n",
            "一、自查情况\n（一）加强领导\n↓1．健全机制\n机制完善。\n↓(1)召开会议\n会议按期召开。\n",
        ],
        nonTriggeringExamples: [
            "一、自查情况\n（一）加强领导\n1.健全机制\n机制完善。\n（1）召开会议\n会议按期召开。\n",
            "一、自查情况\n（一）加强领导\n领导有力。\n（二）保障经费\n经费充足。\n",
        ],
        corrections: [
            RuleCorrection(
                "一、重点任务\n（一）加强领导\n领导有力。\n（2）保障经费\n经费充足。\n（三）建设队伍\n队伍稳定。\n",
                "一、重点任务\n（一）加强领导\n领导有力。\n（二）保障经费\n经费充足。\n（三）建设队伍\n队伍稳定。\n"),
            RuleCorrection(
                "一、自查情况\n(一)加强领导\n领导有力。\n(二)保障经费\n经费充足。\n",
                "一、自查情况\n（一）加强领导\n领导有力。\n（二）保障经费\n经费充足。\n"),
            RuleCorrection(
                "一、自查情况\n（一）加强领导\n1、健全机制\n机制完善。\n",
                "一、自查情况\n（一）加强领导\n1.健全机制\n机制完善。\n"),
            RuleCorrection("一、自查情况\n（一）、加强领导\n领导有力。\n", "一、自查情况\n（一）加强领导\n领导有力。\n"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for group in SiblingGroup.groups(in: report) {
            guard let prevailing = group.prevailingFamily else { continue }
            let markers = group.markers
            for (index, marker) in markers.enumerated() {
                if let diagnostic = check(marker, at: index, among: markers, prevailing: prevailing) {
                    diagnostics.append(diagnostic)
                }
            }
        }
        return diagnostics
    }

    private func check(_ marker: Marker, at index: Int, among markers: [Marker], prevailing: MarkerFamily) -> Diagnostic? {
        let raw = marker.raw
        // A mistyped marker (`（-）`, `2 .`) is numbering.malformed's: its fix gives the standard form.
        if MalformedMarkerRule.corrected(marker) != nil { return nil }
        let family = MarkerFamily(marker.style)
        // Most markers are standard and end at their bracket or mark: nothing to build for them.
        if family == prevailing, marker.style == family.standardStyle, !raw.mayHaveTrailingMarkerPunctuation { return nil }
        let written = raw.trimmingMarkerPunctuation.trimmingCharacters(" 　")
        let message: String
        let fixed: String
        if family != prevailing {
            fixed = prevailing.standardStyle.format(marker.ordinal)
            let neighbours = [index - 1, index + 1].filter { markers.indices.contains($0) }
                .map { "“\(markers[$0].raw.trimmingMarkerPunctuation)”" }.joined()
            message = Self.messageFamily(written, neighbours, fixed)
        } else if marker.style != family.standardStyle {
            fixed = family.standardStyle.format(marker.ordinal)
            switch marker.style {
            case .chineseHalfWidthParen, .arabicHalfWidthParen: message = Self.messageHalfWidth(written, fixed)
            default: message = Self.messageArabicForm(written, fixed)
            }
        } else if raw.trimmingCharacters(" 　") != written {
            fixed = written
            message = Self.messageTrailing(raw.trimmingCharacters(" 　"), fixed)
        } else {
            return nil
        }
        // The fix replaces the marker as written (trailing punctuation included, trailing spaces kept).
        let replaced = raw.trimmingCharacters(" 　")
        guard marker.range.start.line == marker.range.end.line else {
            return metadata.diagnostic(message, at: marker.range.singleLineMarker)
        }
        let range = SourceRange(line: marker.range.start.line, column: marker.range.start.column, length: replaced.count)
        return metadata.diagnostic(message, at: range, fix: Fix(range: range, replacement: fixed))
    }
}
