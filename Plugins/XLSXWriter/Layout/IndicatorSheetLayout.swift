import Foundation
import ReportModel

/// Where everything of one indicator table goes on its worksheet, worked out before anything is written
/// (libxlsxwriter's constant-memory mode needs rows strictly in order, and column widths up front).
///
/// Rows: 0 the merged title, 1 the header, then one row per indicator. Columns: 分类, 指标, 单位, 目标值,
/// 完成值, 完成情况. Every pass over the indicators is linear, so 100,000 rows cost no more than they must.
struct IndicatorSheetLayout {
    enum Column: Int, CaseIterable {
        case category, name, unit, target, actual, status
    }

    static let titleRow = 0
    static let headerRow = 1
    static let firstDataRow = 2
    static let lastColumn = Column.allCases.count - 1

    let table: IndicatorTable
    /// The table's indicators, made once: a table read from a draft makes each when asked.
    let indicators: [Indicator]
    let sheetName: String
    let title: String
    let headers: [String]
    /// Whether 分类 is merged down over its rows; not in constant-memory mode, where the category is
    /// written on every row instead (a merge would need rows that were already flushed to disk).
    let mergesCategories: Bool
    /// Consecutive rows sharing a category, as indicator indices.
    let categoryRuns: [Range<Int>]
    /// Parent rows whose `其中` rows add up to them: the SUM formulas, by indicator index.
    let formulas: [Int: RowFormulas]
    /// Rows shown with the `其中：` prefix (the first part of each parent).
    let firstParts: Set<Int>
    let columnWidths: [Double]
    /// Whether the target column speaks for a later period still running when the report was written
    /// (`2025年目标` in a 2023 report): a miss then reads 推进中 and is not highlighted.
    let targetIsAhead: Bool

    init(table: IndicatorTable, sheetName: String, metadata: ReportMetadata, constantMemory: Bool) {
        self.table = table
        self.indicators = Array(table.indicators)
        self.sheetName = sheetName
        self.title = Self.title(for: metadata)
        self.headers = [
            "分类", "指标", "单位",
            table.targetHeader.isEmpty ? "目标值" : table.targetHeader,
            table.actualHeader.isEmpty ? "完成值" : table.actualHeader,
            "完成情况",
        ]
        self.mergesCategories = !constantMemory
        self.categoryRuns = Self.categoryRuns(of: indicators)
        let parts = Self.parts(of: indicators)
        self.firstParts = Set(parts.values.compactMap(\.first))
        self.formulas = Self.formulas(for: indicators, parts: parts)
        self.columnWidths = Self.columnWidths(indicators: indicators, headers: headers, firstParts: firstParts)
        self.targetIsAhead = table.targetIsAhead(
            reportYear: metadata.year, today: metadata.referenceDate ?? ReportDate.today())
    }

    var dataRowCount: Int { indicators.count }
    /// The sheet row (0-based) of the indicator at `index`.
    static func row(ofIndicator index: Int) -> Int { firstDataRow + index }
    var lastRow: Int { max(Self.row(ofIndicator: dataRowCount - 1), Self.headerRow) }

    /// `<district><year>年主要指标完成情况`, leaving out whatever the report does not say.
    static func title(for metadata: ReportMetadata) -> String {
        (metadata.district ?? "") + (metadata.year.map { "\($0)年" } ?? "") + "主要指标完成情况"
    }

    /// 指标 as shown: the first part of a parent gets its `其中：` back.
    func displayName(ofIndicator index: Int) -> String {
        let name = indicators[index].name
        guard firstParts.contains(index), !name.hasPrefix("其中") else { return name }
        return "其中：" + name
    }

    /// 已完成 / 未完成 / 推进中, honouring the target's comparator and period (as lint's
    /// `indicator.target-unmet` does); empty when either value is not a number.
    func status(of indicator: Indicator) -> String {
        IndicatorCompletion.of(target: indicator.target, actual: indicator.actual, targetIsAhead: targetIsAhead)?
            .rawValue ?? ""
    }

    private static func categoryRuns(of indicators: [Indicator]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in indicators.indices.dropFirst() where indicators[index].category != indicators[start].category {
            runs.append(start..<index)
            start = index
        }
        if !indicators.isEmpty { runs.append(start..<indicators.count) }
        return runs
    }

    /// The `其中` rows of every parent, in one pass.
    private static func parts(of indicators: [Indicator]) -> [Int: [Int]] {
        var parts: [Int: [Int]] = [:]
        for (index, indicator) in indicators.enumerated() {
            guard let parent = indicator.parent, parent >= 0, parent < index else { continue }
            parts[parent, default: []].append(index)
        }
        return parts
    }

    private static func formulas(for indicators: [Indicator], parts: [Int: [Int]]) -> [Int: RowFormulas] {
        var formulas: [Int: RowFormulas] = [:]
        for (parent, children) in parts {
            let target = FormulaCell.sum(
                column: .target, parent: indicators[parent].target, parts: children.map { indicators[$0].target },
                rows: children.map(row(ofIndicator:)))
            let actual = FormulaCell.sum(
                column: .actual, parent: indicators[parent].actual, parts: children.map { indicators[$0].actual },
                rows: children.map(row(ofIndicator:)))
            if target != nil || actual != nil { formulas[parent] = RowFormulas(target: target, actual: actual) }
        }
        return formulas
    }

    private static func columnWidths(indicators: [Indicator], headers: [String], firstParts: Set<Int>) -> [Double] {
        var widest = headers.map(DisplayWidth.of)
        widest[Column.status.rawValue] = max(widest[Column.status.rawValue], DisplayWidth.of("未完成"))
        var previousCategory: String?
        // By index, reading each field in place: a `for indicator in` loop copies (and retains) every row.
        for index in indicators.indices {
            if let category = indicators[index].category, category != previousCategory {
                widest[Column.category.rawValue] = max(widest[Column.category.rawValue], DisplayWidth.of(category))
            }
            previousCategory = indicators[index].category
            // `其中：` adds 6, an indented part 2 more.
            let nameWidth = DisplayWidth.of(indicators[index].name) + (indicators[index].parent == nil ? 0 : 2)
                + (firstParts.contains(index) ? 6 : 0)
            widest[Column.name.rawValue] = max(widest[Column.name.rawValue], nameWidth)
            if let unit = indicators[index].unit {
                widest[Column.unit.rawValue] = max(widest[Column.unit.rawValue], DisplayWidth.of(unit))
            }
            widest[Column.target.rawValue] = max(widest[Column.target.rawValue], DisplayWidth.of(indicators[index].targetText))
            widest[Column.actual.rawValue] = max(widest[Column.actual.rawValue], DisplayWidth.of(indicators[index].actualText))
        }
        return widest.map { DisplayWidth.columnWidth(forWidestText: $0) }
    }
}
