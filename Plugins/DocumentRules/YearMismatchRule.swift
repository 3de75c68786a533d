import ReportModel
import ReportPluginKit

/// `date.year-mismatch`: years that disagree with the report's own year — a report reworked from last
/// year's keeps last year's figures in the opening (`2022年以来`), in the scheme it cites and in the
/// indicator table's 完成 column — and events told as done at a date after the report was signed.
public struct YearMismatchRule: ReportRule {
    static func messageOpening(_ written: Int, _ year: Int) -> String {
        "开头写的是\(written)年度的情况，与标题中的报告年度\(year)年不一致：是否沿用了往年的报告？"
    }
    static func messageScheme(_ written: Int, _ year: Int) -> String {
        "引用的是\(written)年的评价方案，与标题中的报告年度\(year)年不一致：请核对方案名称"
    }
    static func messageHeader(_ written: Int, _ year: Int) -> String {
        "指标表表头“\(written)年”的完成值与标题中的报告年度\(year)年不一致：请核对是否为本年度数据"
    }
    static func messageFuture(_ written: String, _ date: String) -> String {
        "“\(written)”晚于成文日期\(date)，却写成已经发生：应改为计划表述（如“将于”“预计”），或核对年份"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "date.year-mismatch",
        title: "年份前后不一致",
        rationale: "自评报告多由上年报告改写而成，最常被退回的年份错误是：开头“××年度”、引用的评价方案（次年的方案评价上一年度，二者均可）和指标表“完成”列的年份仍是上年，或把成文日期之后才会发生的事写成已完成。报告年度取自标题，成文日期取自落款。",
        defaultSeverity: .warning,
        readsEveryText: true,
        triggeringExamples: [
            "青山区人民政府关于2023年履行教育职责情况的自查报告\n市教委：\n↓2022年度，我区对照《↓2022年重庆市区县人民政府履行教育职责评价方案》开展自查。\n一、自查情况\n新建学校3所。\n",
            "青山区人民政府关于2023年履行教育职责情况的自查报告\n一、自查情况\n第二中学↓于2025年秋季投入使用。\n青山区人民政府\n2024年3月1日\n",
            "青山区人民政府关于2023年履行教育职责情况的自查报告\n一、自查情况\n| 指标 | 2025年目标 | ↓2022年完成 |\n| --- | --- | --- |\n| 毛入园率 | 92 | 93.4 |\n",
        ],
        nonTriggeringExamples: [
            "青山区人民政府关于2023年履行教育职责情况的自查报告\n市教委：\n2022年以来，我区对照《2024年重庆市区县人民政府履行教育职责评价方案》开展自查，2022年投入3亿元。\n一、自查情况\n| 指标 | 2025年目标 | 2023年完成 | 2022年完成 |\n| --- | --- | --- | --- |\n| 毛入园率 | 92 | 93.4 | 92.1 |\n",
            "青山区人民政府关于2023年履行教育职责情况的自查报告\n一、自查情况\n第二中学将于2025年秋季投入使用，计划于2024年6月建成食堂，力争到2025年完成改造。\n青山区人民政府\n2024年3月1日\n",
        ])

    /// Words that make a later date a plan, not a fact.
    private static let plans = ["将", "计划", "预计", "力争", "争取", "拟", "确保", "预期", "目标", "规划", "前", "到", "至", "建议", "要", "需", "应"]
    /// `done`, searched in one pass over a rule text (whether a text tells of anything done).
    private static let doneVerbs = PhraseSet(done)
    /// Verbs that tell a thing as done.
    private static let done = ["投入使用", "建成", "竣工", "落成", "启用", "交付", "开学", "完成", "开工", "通过验收", "开办", "招生"]

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let year = report.metadata.year else { return [] }
        var diagnostics: [Diagnostic] = []
        // The opening: what precedes the first heading.
        for block in report.preamble {
            for span in block.textSpans where span.text.containsText("年") {
                let text = RuleText(span, kind: .body)
                // `2022年度，` / `2022年，我区` in a 2023 report; `2022年以来` (since the last evaluation) is usual.
                for (range, written) in Self.years(in: text.scalars, followedBy: ["年度", "年，我区", "年，我县", "年，全区", "年，全县"])
                where written == year - 1 || written == year + 1 {
                    diagnostics.append(metadata.diagnostic(Self.messageOpening(written, year), at: text.range(range)))
                }
            }
        }
        let signed = report.metadata.dateComponents
        for text in RuleText.all(in: report, context: context, containing: "年") {
            let citesScheme = text.contains("《") && text.contains("履行教育职责")
            let tellsEvent = signed != nil && text.containsAny(of: Self.doneVerbs)
            guard citesScheme || tellsEvent else { continue }
            // The scheme of year N evaluates year N − 1: a 2022 report answers the 2023 scheme.
            for (range, written) in Self.schemeYears(in: text.scalars) where citesScheme && written != year && written != year + 1 {
                diagnostics.append(metadata.diagnostic(Self.messageScheme(written, year), at: text.range(range)))
            }
            if let signed, tellsEvent {
                for (range, label) in Self.futureEvents(in: text.scalars, after: signed) {
                    diagnostics.append(metadata.diagnostic(
                        Self.messageFuture(label, "\(signed.year)年\(signed.month)月\(signed.day)日"), at: text.range(range)))
                }
            }
        }
        report.forEachSection { section in
            for case .table(let table) in section.blocks {
                // The 完成 columns' years; when one of them is the report's year, the others are comparisons.
                let done = (table.rows.first ?? []).filter { $0.text.containsText("完成") || $0.text.containsText("实际") }
                let years = done.map { cell in
                    let text = RuleText(TextSpan(text: cell.text, line: cell.range.start.line, column: cell.range.start.column), kind: .body)
                    return (text, Self.years(in: text.scalars, followedBy: ["年"]))
                }
                guard !years.contains(where: { $0.1.contains { $0.1 == year } }) else { continue }
                for (text, found) in years {
                    for (range, written) in found where written < year {
                        diagnostics.append(metadata.diagnostic(Self.messageHeader(written, year), at: text.range(range)))
                    }
                }
            }
        }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }

    /// Four-digit years (19xx, 20xx) followed by 年 and then one of `suffixes` (`年` alone: any).
    static func years(in text: ScannedScalars, followedBy suffixes: [String]) -> [(Range<Int>, Int)] {
        var found: [(Range<Int>, Int)] = []
        var index = 0
        while index + 4 < text.count {
            guard let year = year(in: text, at: index), text[index + 4] == "年" else { index += 1; continue }
            let rest = text[(index + 4)...].prefix(5).string
            if suffixes.contains(where: { rest.hasPrefix($0.hasPrefix("年") ? $0 : "年" + $0) }) {
                found.append((index..<(index + 4), year))
            }
            index += 5
        }
        return found
    }

    /// The year of each cited evaluation scheme: `《2022年…评价方案》`, `《…2022年度…评价…》`.
    static func schemeYears(in text: ScannedScalars) -> [(Range<Int>, Int)] {
        var found: [(Range<Int>, Int)] = []
        var open = 0
        while let start = text[open...].firstIndex(of: "《") {
            guard let close = text[start...].firstIndex(of: "》") else { break }
            let title = text[(start + 1)..<close].string
            if title.containsText("履行教育职责") && (title.containsText("评价") || title.containsText("督导")) {
                for offset in (start + 1)..<max(start + 1, close - 4) {
                    if let year = year(in: text, at: offset), text[offset + 4] == "年" {
                        found.append((offset..<(offset + 4), year))
                        break
                    }
                }
            }
            open = close + 1
            if open >= text.count { break }
        }
        return found
    }

    /// `于2025年秋季投入使用` in a report signed in March 2024: a year (and month) after the signing
    /// date, in a clause that tells it as done, with no word of plan before it in the clause.
    static func futureEvents(in text: ScannedScalars, after signed: (year: Int, month: Int, day: Int)) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var index = 0
        while index + 4 < text.count {
            guard let year = year(in: text, at: index), text[index + 4] == "年",
                  index == 0 || !text[index - 1].isASCIIDigit else { index += 1; continue }
            var month: Int?
            var end = index + 5
            var monthEnd = end
            while monthEnd < text.count, monthEnd - end < 2, text[monthEnd].isASCIIDigit { monthEnd += 1 }
            if monthEnd > end, monthEnd < text.count, text[monthEnd] == "月" {
                month = Int(text[end..<monthEnd].string)
                end = monthEnd + 1
            }
            let isLater = year > signed.year || (year == signed.year && (month ?? 0) > signed.month)
            guard isLater else { index = end; continue }
            let clauseStart = (text[..<index].lastIndex { "，。；！？\n：".unicodeScalars.contains($0) }).map { $0 + 1 } ?? 0
            let clauseEnd = text[end...].firstIndex { "，。；！？\n".unicodeScalars.contains($0) } ?? text.count
            let before = text[clauseStart..<index].string
            let after = text[end..<clauseEnd].string
            let start = index > 0 && text[index - 1] == "于" ? index - 1 : index
            if Self.done.contains(where: { after.containsText($0) }), !Self.plans.contains(where: { before.containsText($0) }),
               !after.containsText("前"), !after.containsText("目标") {
                found.append((start..<end, text[start..<end].string))
            }
            index = end
        }
        return found
    }

    private static func year(in text: ScannedScalars, at index: Int) -> Int? {
        guard index + 4 <= text.count else { return nil }
        let digits = text[index..<(index + 4)]
        guard digits.allSatisfy(\.isASCIIDigit), digits.first == "2" || digits.first == "1",
              index == 0 || !text[index - 1].isASCIIDigit,
              index + 4 == text.count || !text[index + 4].isASCIIDigit else { return nil }
        let year = digits.reduce(0) { $0 * 10 + ($1.digitValue ?? 0) }
        return (1900...2099).contains(year) ? year : nil
    }
}
