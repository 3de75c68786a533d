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
        indicators.reserveCapacity(table.rows.count - 1)
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
            if let length = partPrefixLength(name) {
                name = String(name.dropFirst(length))
                isFirstPart = true
            }
            let (baseName, splitUnit) = splitUnit(name)
            var unit = splitUnit
            if let column = columns.unit, !text(column).isEmpty { unit = text(column) }
            if isFirstPart, let previous = indicators.indices.last {
                groupParent = indicators[previous].parent ?? previous
                parent = groupParent
            } else if let group = groupParent, unit == nil || sameText(unit, indicators[group].unit),
                      sameText(indicators[group].category, category) {
                parent = group
            } else {
                groupParent = nil
            }
            if let parent, unit == nil { unit = indicators[parent].unit }
            let targetText = text(columns.target), actualText = text(columns.actual)
            var rowRange = row[0].range
            for cell in row.dropFirst() { rowRange = rowRange.union(cell.range) }
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

    /// The Characters of a leading `其中：`, `其中:` or `其中` (in that order), or nil: what `hasPrefix`
    /// finds, answered from the UTF-8 bytes when the byte after the prefix is ASCII or an
    /// ideograph's lead byte (nothing there can join the prefix's last Character).
    static func partPrefixLength(_ name: String) -> Int? {
        let utf8 = name.utf8
        guard utf8.starts(with: qi) else { return nil }
        var rest = utf8.dropFirst(qi.count)
        var length = 2
        if rest.starts(with: fullWidthColon) {
            rest = rest.dropFirst(fullWidthColon.count)
            length = 3
        } else if rest.first == UInt8(ascii: ":") {
            rest = rest.dropFirst()
            length = 3
        }
        if let next = rest.first, next >= 0x80, !(0xE4...0xE9).contains(next) {
            for prefix in ["其中：", "其中:", "其中"] where name.hasPrefix(prefix) { return prefix.count }
            return nil
        }
        return length
    }

    private static let qi = Array("其中".utf8)
    private static let fullWidthColon = Array("：".utf8)

    /// `a == b`, answered from the bytes when they are equal (the usual case in a table).
    @inline(__always) private static func sameText(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.utf8.elementsEqual(b.utf8) || a == b
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
        // Most names do not end with a bracket: answered from the last byte (`)` or the last of `）`).
        guard let lastByte = name.utf8.last, lastByte == UInt8(ascii: ")") || lastByte == 0x89 else { return (name, nil) }
        guard let last = name.last, last == "）" || last == ")",
              let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return (name, nil) }
        let unit = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !unit.isEmpty, unit.count <= 5, unit.allSatisfy({ unitCharacters.contains($0) || $0 == "/" }) else {
            return (name, nil)
        }
        return (String(name[..<open]), String(unit))
    }
}
