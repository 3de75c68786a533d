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
    typealias Columns = IndicatorTable.Columns

    /// The table's indicators, each row kept as the cells it was read from (see
    /// `IndicatorTable.Indicators`): nothing of a row is copied or parsed here but what later
    /// rows need (its category and unit, to tell a group's parts).
    static func read(_ table: Table) -> IndicatorTable? {
        guard let header = table.rows.first, let columns = columns(of: header.map(\.text)) else { return nil }
        var indicators = IndicatorTable.Indicators(readingFrom: table.rows, columns: columns)
        indicators.reserveCapacity(table.rows.count - 1)
        var category: (text: String, row: Int)?
        var groupParent: Int?
        // What later rows read of earlier indicators: the one appended last, and the unit and
        // category of the group's head, `indicators[groupParent]` (each unit with the row it is
        // written in).
        var last: (parent: Int?, unit: (text: String, row: Int)?, category: String?)?
        var group: (unit: (text: String, row: Int)?, category: String?) = (nil, nil)
        for row in table.rows.indices.dropFirst() {
            if columns.category != nil {
                let written = indicators.text(row: row, column: columns.category)
                if !written.isEmpty { category = (written, row) }
            }
            let nameCell = indicators.text(row: row, column: columns.name)
            guard !nameCell.isEmpty else { continue }
            let name = IndicatorName.read(nameCell)
            var parent: Int?
            var unit: (text: String, row: Int)?
            let unitCell = indicators.text(row: row, column: columns.unit)
            if !unitCell.isEmpty {
                unit = (unitCell, row)
            } else if let split = name.unit {
                unit = (split, row)
            }
            if name.isPart, let last {
                // The first 其中 part: the previous indicator heads the group, or already belongs to it.
                if last.parent == nil { group = (last.unit, last.category) }
                groupParent = last.parent ?? indicators.count - 1
                parent = groupParent
            } else if let head = groupParent, unit == nil || sameText(unit?.text, group.unit?.text),
                      sameText(group.category, category?.text) {
                parent = head
            } else {
                groupParent = nil
            }
            if parent != nil, unit == nil { unit = group.unit }
            indicators.appendRow(row, categoryRow: category?.row, unitRow: unit?.row, parent: parent)
            last = (parent, unit, category?.text)
        }
        guard !indicators.isEmpty else { return nil }
        return IndicatorTable(
            targetHeader: header[columns.target].text, actualHeader: header[columns.actual].text,
            indicators: indicators, range: table.range)
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
}
