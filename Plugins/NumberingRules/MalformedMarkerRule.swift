import ReportModel
import ReportPluginKit

/// `numbering.malformed`: a heading's number mistyped — a dash for 一 (`（-）`), a space inside
/// (`二 、`, `2 .`), a doubled mark (`1..`), empty brackets (`（）加强…`), or a number glued to the
/// heading without its mark (`4加强管理` after `3.`). The reader keeps such headings in the outline;
/// this rule says what to retype.
public struct MalformedMarkerRule: ReportRule {
    static func message(_ written: String, _ fixed: String) -> String {
        "编号“\(written)”写法有误：应为“\(fixed)”"
    }
    static func messageEmpty(_ written: String) -> String {
        "编号“\(written)”括号内缺少序号：请填入序号或删去括号"
    }
    static func messageGlued(_ number: String, _ fixed: String) -> String {
        "段首“\(number)”像是漏了标点的编号（上一个标题是“\(fixed)”的同级编号）：应写作“\(number).”，否则该标题不会进入报告结构"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "numbering.malformed",
        title: "编号写法有误",
        rationale: "把“一”打成短横（“（-）”）、编号中间多了空格（“二 、”“2 .”）、下脚点打了两次（“1..”）、括号里漏了序号，或数字后漏了下脚点（“4加强管理”），都是录入时的常见错误。这类标题很容易被当成正文，进而引出编号缺失、缺少部分等连锁问题。",
        defaultSeverity: .error,
        isFixable: true,
        triggeringExamples: [
            "一、自查情况\n↓（-）加强党的领导\n召开会议4次。\n（二）落实优先发展\n投入3亿元。\n↓二 、存在问题\n问题。\n",
            "一、自查情况\n（一）加强领导\n↓1..保障用地\n新建学校5所。\n↓2 .落实经费\n足额拨付。\n↓3加强队伍建设\n招聘教师210名。\n",
            "一、自查情况\n（一）加强领导\n领导有力。\n↓（）落实经费\n足额拨付。\n",
        ],
        nonTriggeringExamples: [
            "一、自查情况\n（一）加强党的领导\n召开会议4次。\n1.保障用地\n新建学校5所。\n2.落实经费\n3所学校完成改造。\n",
            "一、自查情况\n全区新建学校5所，其中（-）表示无数据。\n2023年投入3亿元。\n",
        ],
        corrections: [
            RuleCorrection(
                "一、自查情况\n（-）加强党的领导\n召开会议4次。\n1..保障用地\n新建学校5所。\n2 .落实经费\n足额拨付。\n二 、存在问题\n问题。\n",
                "一、自查情况\n（一）加强党的领导\n召开会议4次。\n1.保障用地\n新建学校5所。\n2.落实经费\n足额拨付。\n二、存在问题\n问题。\n"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        report.forEachSection { section in
            if let marker = section.marker, let fixed = Self.corrected(marker) {
                let written = marker.raw.trimmingCharacters(" 　")
                let range = SourceRange(line: marker.range.start.line, column: marker.range.start.column, length: written.count)
                diagnostics.append(metadata.diagnostic(
                    Self.message(written, fixed), at: range, fix: Fix(range: range, replacement: fixed)))
            }
            diagnostics += unmarkedHeadings(in: section)
        }
        return diagnostics
    }

    /// The marker as it should be written, when what was written is malformed.
    static func corrected(_ marker: Marker) -> String? {
        let raw = marker.raw.trimmingCharacters(" 　")
        let isMalformed = raw.contains { $0 == " " || $0 == "　" || "-－—–‐".contains($0) }
            || raw.hasSuffix("..") || raw.hasSuffix("．．") || raw.hasSuffix("、、")
        return isMalformed ? marker.style.format(marker.ordinal) : nil
    }

    /// Paragraphs in `section` that are headings with a broken marker: `（）加强…`, and `4加强管理`
    /// right after a sibling heading numbered `3.` / `3、`.
    private func unmarkedHeadings(in section: Section) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for block in section.blocks {
            guard case .paragraph(let paragraph) = block else { continue }
            let text = paragraph.text
            // Byte prefixes: String.hasPrefix compares by canonical equivalence, slowly, on every paragraph.
            for empty in ["（）", "()"] where text.utf8.starts(with: empty.utf8) && text.count > 2 && text.count <= Self.longestHeading {
                let range = paragraph.span.range(ofCharacters: 0..<2)
                diagnostics.append(metadata.diagnostic(Self.messageEmpty(empty), at: range))
            }
        }
        // A numbered child followed by a glued number: `3.加强队伍` … then its paragraph `4加强管理`.
        let numbered = section.children.compactMap { child in child.marker.map { (child, $0) } }
        for (child, marker) in numbered where [.arabicDot, .arabicFullWidthDot, .arabicComma].contains(marker.style) {
            for block in child.blocks {
                guard case .paragraph(let paragraph) = block else { continue }
                let expected = String(marker.ordinal + 1)
                let text = paragraph.text
                guard text.utf8.starts(with: expected.utf8), text.count <= Self.longestHeading,
                      let next = text.dropFirst(expected.count).first, next.isLetter, !next.isASCII,
                      !Self.counters.contains(next), !text.dropLast().contains(where: { "。；，".contains($0) })
                else { continue }
                let range = paragraph.span.range(ofCharacters: 0..<expected.count)
                diagnostics.append(metadata.diagnostic(
                    Self.messageGlued(expected, marker.raw.trimmingCharacters(" 　")), at: range,
                    fix: Fix(range: range, replacement: marker.style.format(marker.ordinal + 1))))
            }
        }
        return diagnostics
    }

    /// A heading is short: a longer paragraph starting with a number is text.
    static let longestHeading = 40
    /// Characters after a number that make it a count (`3所学校`), not a marker.
    private static let counters: Set<Character> = [
        "所", "个", "人", "名", "万", "亿", "元", "年", "月", "日", "项", "次", "座", "间", "台", "套", "类", "批", "条", "家",
        "位", "支", "校", "园", "班", "天", "周", "岁", "倍", "成", "季", "期", "届", "号", "米", "亩", "千", "百", "十",
    ]
}
