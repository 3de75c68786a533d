import ReportModel
import ReportPluginKit

/// `date.incomplete`: a date whose 年, 月 or 日 was lost in typing — run together (`20231031日`,
/// `202310月`) or cut short (`2023年10月31，`) — with the full form as the fix.
public struct IncompleteDateRule: ReportRule {
    static func message(_ written: String, _ fixed: String) -> String {
        "日期“\(written)”缺少“年”“月”或“日”：应为“\(fixed)”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "date.incomplete",
        title: "日期缺少年月日",
        rationale: "录入时漏打“年”“月”“日”会让日期连成一串数字（“20231031日”）或少了结尾（“2023年10月31，”），审核时必然退回。本规则只报告能确定为日期的写法，并给出完整写法。",
        defaultSeverity: .error,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "截至↓20231031日，全区共有学校52所。\n",
            "↓202310月完成验收，↓2023年10月31，全部交付使用。\n",
        ],
        nonTriggeringExamples: [
            "截至2023年10月31日，全区共有学校52所，索引号20231031。\n",
            "2023年10月31—11月2日开展督导，2023年10月1、2日休息，2023年10月。\n",
            "2023年10月30至31日开展培训，编号20231332日。\n",
        ],
        corrections: [
            RuleCorrection(
                "截至20231031日，202310月完成验收，2023年10月31，全部交付使用。\n",
                "截至2023年10月31日，2023年10月完成验收，2023年10月31日，全部交付使用。\n"),
        ])

    /// What may follow `2023年10月31` when the 日 is shared with a later date (`31—11月2日`, `31至11月`).
    private static let continuations: Set<Unicode.Scalar> = [
        "日", "号", "-", "－", "—", "–", "～", "~", "至", "到", "、", "和", "及", "与", "或", "/", ".", "．",
    ]

    private static let dateMarks = MarkSet("日月")

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) where text.containsAny(of: Self.dateMarks) {
            for (range, fixed) in Self.incompleteDates(in: text.scalars) {
                let at = text.range(range)
                diagnostics.append(metadata.diagnostic(
                    Self.message(text.text(range), fixed), at: at, fix: Fix(range: at, replacement: fixed)))
            }
        }
        return diagnostics
    }

    /// The incomplete dates in `text` with their full forms.
    static func incompleteDates(in text: ScannedScalars) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var index = 0
        while index < text.count {
            guard text[index].isASCIIDigit, index == 0 || !(text[index - 1].isASCIIDigit || text[index - 1] == ".") else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, text[end].isASCIIDigit { end += 1 }
            let digits = text[index..<end].map { ($0.digitValue ?? 0) }
            let next = end < text.count ? text[end] : nil
            if digits.count == 8, next == "日", let date = Self.date(digits, month: 4..<6, day: 6..<8) {
                found.append((index..<(end + 1), date))
            } else if digits.count == 6, next == "月", let date = Self.date(digits, month: 4..<6, day: nil) {
                found.append((index..<(end + 1), date))
            } else if digits.count == 4, next == "年", let cut = cutShort(text, year: index, yearEnd: end) {
                found.append(cut)
                end = cut.0.upperBound
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// `2023年10月31` not followed by 日 (nor by a digit or a connector): the range and the full form.
    private static func cutShort(_ text: ScannedScalars, year: Int, yearEnd: Int) -> (Range<Int>, String)? {
        var position = yearEnd + 1
        let monthStart = position
        while position < text.count, text[position].isASCIIDigit { position += 1 }
        guard (1...2).contains(position - monthStart), position < text.count, text[position] == "月" else { return nil }
        position += 1
        let dayStart = position
        while position < text.count, text[position].isASCIIDigit { position += 1 }
        guard (1...2).contains(position - dayStart) else { return nil }
        if position < text.count, continuations.contains(text[position]) || text[position].isASCIIDigit { return nil }
        let month = value(text[monthStart..<(dayStart - 1)]), day = value(text[dayStart..<position])
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year..<position, text[year..<position].string + "日")
    }

    /// `20231031` read as year, month and day (`2023年10月31日`) when it is a real date of 1900–2099.
    private static func date(_ digits: [Int], month: Range<Int>, day: Range<Int>?) -> String? {
        let year = number(digits[0..<4]), monthValue = number(digits[month])
        guard (1900...2099).contains(year), (1...12).contains(monthValue) else { return nil }
        guard let day else { return "\(year)年\(monthValue)月" }
        let dayValue = number(digits[day])
        guard (1...CivilCalendar.days(inMonth: monthValue, year: year)).contains(dayValue) else { return nil }
        return "\(year)年\(monthValue)月\(dayValue)日"
    }

    private static func number(_ digits: ArraySlice<Int>) -> Int { digits.reduce(0) { $0 * 10 + $1 } }

    private static func value(_ digits: Slice<ScannedScalars>) -> Int {
        digits.reduce(0) { $0 * 10 + ($1.digitValue ?? 0) }
    }
}
