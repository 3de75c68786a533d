import ReportModel

/// Recognises an indicator table by its header words (分类, 指标, 单位, 目标值 / 主要目标, 完成值 / 完成)
/// and reads its rows: categories carried down merged cells, units split out of names
/// (`在园幼儿数（万人）`), values kept exactly, and `其中：` rows linked to the row they are part of.
enum IndicatorTableReader {
    private struct Columns {
        var category: Int?
        var name: Int
        var unit: Int?
        var target: Int
        var actual: Int
    }

    static func read(_ table: Table) -> IndicatorTable? {
        guard let header = table.rows.first, let columns = columns(of: header.map(\.text)) else { return nil }
        var indicators: [Indicator] = []
        var category: String?
        var groupParent: Int?
        for row in table.rows.dropFirst() {
            func text(_ column: Int?) -> String {
                guard let column, column < row.count else { return "" }
                return row[column].text
            }
            if let column = columns.category, !text(column).isEmpty { category = text(column) }
            var name = text(columns.name)
            guard !name.isEmpty else { continue }
            var parent: Int?
            var isFirstPart = false
            for prefix in ["其中：", "其中:", "其中"] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count))
                isFirstPart = true
                break
            }
            let (baseName, splitUnit) = splitUnit(name)
            var unit = splitUnit
            if let column = columns.unit, !text(column).isEmpty { unit = text(column) }
            if isFirstPart, let previous = indicators.indices.last {
                groupParent = indicators[previous].parent ?? previous
                parent = groupParent
            } else if let group = groupParent, unit == nil || unit == indicators[group].unit,
                      indicators[group].category == category {
                parent = group
            } else {
                groupParent = nil
            }
            if let parent, unit == nil { unit = indicators[parent].unit }
            let targetText = text(columns.target), actualText = text(columns.actual)
            let rowRange = row.map(\.range).reduce(row[0].range) { $0.union($1) }
            indicators.append(Indicator(
                category: category, name: baseName, unit: unit,
                target: IndicatorValue(parsing: targetText), targetText: targetText,
                actual: IndicatorValue(parsing: actualText), actualText: actualText,
                parent: parent, range: rowRange))
        }
        guard !indicators.isEmpty else { return nil }
        return IndicatorTable(
            targetHeader: header[columns.target].text, actualHeader: header[columns.actual].text,
            indicators: indicators, range: table.range)
    }

    private static func columns(of header: [String]) -> Columns? {
        func first(_ test: (String) -> Bool) -> Int? { header.firstIndex(where: test) }
        guard let name = first({ $0.containsText("指标") && !$0.containsText("值") }) ?? first({ $0.containsText("项目") }),
              let target = first({ $0.containsText("目标") }),
              let actual = first({ ($0.containsText("完成") || $0.containsText("实际") || $0.containsText("现状")) && !$0.containsText("情况") })
        else { return nil }
        return Columns(
            category: first { $0.containsText("分类") || $0.containsText("类别") || $0 == "领域" },
            name: name, unit: first { $0.containsText("单位") }, target: target, actual: actual)
    }

    private static let unitCharacters: Set<Character> = [
        "%", "％", "‰", "人", "元", "年", "所", "个", "名", "米", "岁", "次", "项", "台", "册", "间", "班", "校", "户", "亩", "天", "时", "万", "亿", "千", "平", "方", "生",
        "处", "座", "家", "张", "套", "本", "节", "件", "位", "场", "辆", "块", "条", "篇", "门",
    ]

    /// `在园幼儿数（万人）` → (`在园幼儿数`, `万人`).
    static func splitUnit(_ name: String) -> (name: String, unit: String?) {
        guard let last = name.last, last == "）" || last == ")",
              let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return (name, nil) }
        let unit = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !unit.isEmpty, unit.count <= 5, unit.allSatisfy({ unitCharacters.contains($0) || $0 == "/" }) else {
            return (name, nil)
        }
        return (String(name[..<open]), String(unit))
    }
}
