import Foundation
import ReportModel
import ReportPluginKit

/// `punctuation.range-dash`: a range written with a hyphen instead of what GB/T 15834—2011 prescribes:
/// the 一字线 for the start and end of a time (`1—6月`, `2023—2025年`), the 浪纹线 for a range of
/// values (`6～16周岁`, `1～2项`). Dates (2022-11-08), negative numbers and codes
/// (11500112450511511J/2022-00108) are not ranges.
public struct RangeDashRule: ReportRule {
    static func message(_ written: String, _ fixed: String, isTime: Bool) -> String {
        isTime
            ? "时间起止“\(written)”应使用一字线“—”连接，写作“\(fixed)”，不用连字符“-”"
            : "数值范围“\(written)”应使用浪纹线“～”连接，写作“\(fixed)”，不用连字符“-”"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "punctuation.range-dash",
        title: "数值范围误用连字符",
        rationale: "GB/T 15834—2011 规定标示时间、地域的起止用一字线“—”（1—6月、2023—2025年），标示数值范围用浪纹线“～”（6～16周岁、1～2项），连字符“-”只用于化合物名称、产品型号、日期的数字形式等。“1-6月”一类写法常见于从表格或网页粘贴的文字。",
        defaultSeverity: .warning,
        isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "2023年1↓-6月，全区新增学位1200个。\n",
            "每名学生掌握1↓-2项运动技能，6↓-16周岁残疾儿童入学率达到98%。\n",
        ],
        nonTriggeringExamples: [
            "2023年1—6月新增学位1200个，2023年1～6月招聘教师80名。\n",
            "索引号11500112450511511J/2022-00108，发布日期2022-11-08，气温-5℃。\n",
            "咨询电话023-12345678，023-6789转教育科，按GB/T 9704-2012规定排版，8:00-17:30办公。\n",
        ],
        corrections: [
            RuleCorrection("2023年1-6月，全区新增学位1200个。\n", "2023年1—6月，全区新增学位1200个。\n"),
            RuleCorrection(
                "每名学生掌握1-2项运动技能，6-16周岁残疾儿童入学率达到98%，2023-2025年新建学校3所。\n",
                "每名学生掌握1～2项运动技能，6～16周岁残疾儿童入学率达到98%，2023—2025年新建学校3所。\n"),
        ])

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context, containing: "-") where text.kind != .documentNumber {
            let scalars = text.scalars
            for index in scalars.indices where scalars[index] == "-" {
                guard case (let start, var end)? = rangeBounds(around: index, in: text) else { continue }
                // Quote a two-character unit whole (`6-16周岁`, not `6-16周`).
                if end + 1 <= text.count, Self.twoCharacterUnits.contains(text.text((end - 1)..<(end + 1))) { end += 1 }
                let written = text.text(start..<end)
                let isTime = Self.isTimeSpan(low: text.text(start..<index), high: text.text((index + 1)..<end))
                let dash = isTime ? "—" : "～"
                let fixed = text.text(start..<index) + dash + text.text((index + 1)..<end)
                let range = text.range(index..<(index + 1))
                diagnostics.append(metadata.diagnostic(
                    Self.message(written, fixed, isTime: isTime), at: range, fix: Fix(range: range, replacement: dash)))
            }
        }
        return diagnostics
    }

    /// Whether `1-6月` names the start and end of a time (months of a year, years, days of a month,
    /// hours of a day) rather than a range of values (`3-5年` of service, `6-16周岁`).
    static func isTimeSpan(low: String, high: String) -> Bool {
        guard let unitIndex = high.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == ".")) }) else { return false }
        let unit = high[unitIndex...]
        guard let from = Int(low), let to = Int(high[..<unitIndex]) else { return false }
        if unit.hasPrefix("年"), low.count == 4, (1900...2099).contains(from), (1900...2099).contains(to) { return true }
        if unit.hasPrefix("月") && !unit.hasPrefix("月龄"), (1...12).contains(from), (1...12).contains(to) { return true }
        if unit.hasPrefix("日") || unit.hasPrefix("号"), (1...31).contains(from), (1...31).contains(to) { return true }
        if unit.hasPrefix("时") || unit.hasPrefix("点"), (0...24).contains(from), (0...24).contains(to) { return true }
        return unit.hasPrefix("世纪") || unit.hasPrefix("季度")
    }

    private static let twoCharacterUnits: Set<String> = [
        "周岁", "年级", "学年", "学期", "小时", "个月", "课时", "学时", "分钟", "万元", "亿元", "万人", "平方", "百分",
    ]

    /// For a hyphen between two numbers followed by a unit, the bounds of `1-6月` (unit included).
    private func rangeBounds(around hyphen: Int, in text: RuleText) -> (Int, Int)? {
        var start = hyphen
        while let scalar = text[start - 1], scalar.isASCIIDigit || scalar == "." { start -= 1 }
        guard start < hyphen, text[start]?.isASCIIDigit == true, hyphen - start <= 6 else { return nil }
        // A code, a time, a standard's number (`GB/T 9704-2012`) or a telephone number (`023-…`) is no range.
        if let before = text[start - 1],
           before.isASCIIAlphanumeric || "-/_: ".unicodeScalars.contains(before) { return nil }
        if text[start] == "0", hyphen - start > 1, text[start + 1] != "." { return nil }
        var end = hyphen + 1
        while let scalar = text[end], scalar.isASCIIDigit || scalar == "." { end += 1 }
        guard end > hyphen + 1, text[hyphen + 1]?.isASCIIDigit == true, end - hyphen - 1 <= 6,
              text[end - 1] != "." else { return nil }
        guard let unit = text[end], unit.isHan || unit == "%" || unit == "％" || unit == "‰" else { return nil }
        guard let low = Decimal(plainDigits: text.text(start..<hyphen)),
              let high = Decimal(plainDigits: text.text((hyphen + 1)..<end)),
              low < high else { return nil }
        return (start, end + 1)
    }
}
