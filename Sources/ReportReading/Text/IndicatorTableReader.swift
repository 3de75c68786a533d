#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        // What later rows read of earlier indicators, kept aside (reading `indicators[i].unit` would
        // copy, and retain, the whole indicator): the one appended last, and the unit and category of
        // the group's head, `indicators[groupParent]`.
        var last: (parent: Int?, unit: String?, category: String?)?
        var group: (unit: String?, category: String?) = (nil, nil)
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
            if let rest = droppingPartPrefix(name) {
                name = rest
                isFirstPart = true
            }
            let (baseName, splitUnit) = splitUnit(name)
            var unit = splitUnit
            if let column = columns.unit, !text(column).isEmpty { unit = text(column) }
            if isFirstPart, let last {
                // The first 其中 part: the previous indicator heads the group, or already belongs to it.
                if last.parent == nil { group = (last.unit, last.category) }
                groupParent = last.parent ?? indicators.count - 1
                parent = groupParent
            } else if let head = groupParent, unit == nil || sameText(unit, group.unit), sameText(group.category, category) {
                parent = head
            } else {
                groupParent = nil
            }
            if parent != nil, unit == nil { unit = group.unit }
            let targetText = text(columns.target), actualText = text(columns.actual)
            var rowRange = row[0].range
            for index in row.indices.dropFirst() { rowRange = rowRange.union(row[index].range) }
            indicators.append(Indicator(
                category: category, name: baseName, unit: unit,
                target: IndicatorValue(parsing: targetText), targetText: targetText,
                actual: IndicatorValue(parsing: actualText), actualText: actualText,
                parent: parent, range: rowRange))
            last = (parent, unit, category)
        }
        guard !indicators.isEmpty else { return nil }
        return IndicatorTable(
            targetHeader: header[columns.target].text, actualHeader: header[columns.actual].text,
            indicators: indicators, range: table.range)
    }

    /// `name` without a leading `其中：`, `其中:` or `其中` (the first that `hasPrefix` finds, in that
    /// order), or nil when it has none. Answered from the UTF-8 bytes when the byte after the prefix
    /// is ASCII or an ideograph's lead byte (nothing there can join the prefix's last Character).
    static func droppingPartPrefix(_ name: String) -> String? {
        let fromBytes = name.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            // 其中 is E5 85 B6 E4 B8 AD; the full-width colon ： is EF BC 9A.
            guard bytes.count >= 6, bytes[0] == 0xE5, bytes[1] == 0x85, bytes[2] == 0xB6,
                  bytes[3] == 0xE4, bytes[4] == 0xB8, bytes[5] == 0xAD else { return .some(nil) }
            var length = 6
            if bytes.count >= 9, bytes[6] == 0xEF, bytes[7] == 0xBC, bytes[8] == 0x9A {
                length = 9
            } else if bytes.count >= 7, bytes[6] == UInt8(ascii: ":") {
                length = 7
            }
            if length < bytes.count, bytes[length] >= 0x80, !(0xE4...0xE9).contains(bytes[length]) { return nil }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[length...]), as: UTF8.self))
        }
        if let fromBytes, let answer = fromBytes { return answer }
        for prefix in ["其中：", "其中:", "其中"] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return nil
    }

    /// `a == b`, answered from the bytes when they are equal (the usual case in a table).
    @inline(__always) private static func sameText(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return sameBytes(a, b) || a == b
    }

    /// Whether two texts have the same UTF-8 bytes.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let compared = a.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            b.utf8.withContiguousStorageIfAvailable { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        if let compared, let equal = compared { return equal }
        return a.utf8.elementsEqual(b.utf8)
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
