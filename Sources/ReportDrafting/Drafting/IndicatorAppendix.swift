import ReportModel
import ReportScheme

/// Builds the appendix's indicator table from the data: one row per indicator and `其中` part, the
/// totals of parts derived when not given, and 完成情况 derived from target and actual.
struct IndicatorAppendix {
    let data: DistrictData
    let scheme: EvaluationScheme

    static let completionHeader = "完成情况"

    /// A flattened row before layout.
    private struct Row {
        var category: String?
        var name: String
        var unit: String?
        var target: IndicatorValue?
        var actual: Quantity?
        var parent: Int?
        var isFirstPart: Bool
        var targetYear: Int? = nil
    }

    /// The table block and its indicator table, laid out from `layout`'s current line.
    func build(layout: inout DraftLayout, tableIndex: Int) throws(DraftingError) -> (Block, IndicatorTable) {
        let rows = try flattenedRows()
        let today = referenceDate
        let headerTargetPeriod = IndicatorPeriod(header: data.targetHeader)
        let actualPeriod = IndicatorPeriod(header: data.actualHeader)
        let header = ["分类", "指标", "单位", data.targetHeader, data.actualHeader, Self.completionHeader]
        let first = layout.block(of: rows.count + 1)
        var cells: [[Table.Cell]] = [Self.cells(header, line: first)]
        var indicators: [Indicator] = []
        var previousCategory: String?
        for (offset, row) in rows.enumerated() {
            let line = first + offset + 1
            let category = row.category == previousCategory ? "" : (row.category ?? "")
            previousCategory = row.category
            let actualText = row.actual?.text ?? "【待填写：\(row.name)】"
            let texts = [
                category, (row.isFirstPart ? "其中：" : "") + row.name, row.unit ?? "", row.target?.text ?? "",
                actualText,
                DerivedFigures.completion(
                    target: row.target, actual: row.actual,
                    targetIsAhead: IndicatorCompletion.targetIsAhead(
                        targetPeriod: row.targetYear.map { IndicatorPeriod(year: $0) } ?? headerTargetPeriod,
                        actualPeriod: actualPeriod, reportYear: data.year, today: today)),
            ]
            let rowCells = Self.cells(texts, line: line)
            cells.append(rowCells)
            indicators.append(Indicator(
                category: row.category, name: row.name, unit: row.unit, target: row.target,
                targetText: row.target?.text ?? "",
                actual: row.actual.map { IndicatorValue(value: $0.value, fractionDigits: $0.fractionDigits) },
                actualText: actualText, parent: row.parent,
                range: rowCells.first!.range.union(rowCells.last!.range)))
        }
        let range = cells.first!.first!.range.union(cells.last!.last!.range)
        let table = IndicatorTable(
            targetHeader: data.targetHeader, actualHeader: data.actualHeader, indicators: indicators, range: range)
        return (.table(Table(rows: cells, range: range, indicatorTableIndex: tableIndex)), table)
    }

    /// The day the report speaks from, as lint takes it: the 成文日期 in the data, else the end of
    /// the report's year. A target whose period is still running then is 推进中, not 未完成.
    private var referenceDate: (year: Int, month: Int, day: Int) {
        let date = data.date.map { MetadataField(text: $0, range: SourceRange(line: 1, column: 1, length: $0.count)) }
        return ReportMetadata(date: date, year: data.year).referenceDate ?? (data.year, 12, 31)
    }

    /// Cells laid out as a pipe-table row: `| a | b |`.
    private static func cells(_ texts: [String], line: Int) -> [Table.Cell] {
        var column = 3
        return texts.map { text in
            defer { column += text.count + 3 }
            return Table.Cell(text: text, range: SourceRange(line: line, column: column, length: text.count))
        }
    }

    private func flattenedRows() throws(DraftingError) -> [Row] {
        var rows: [Row] = []
        for indicator in data.indicators {
            let parentIndex = rows.count
            rows.append(Row(
                category: indicator.category, name: indicator.name, unit: indicator.unit,
                target: try derivedTarget(indicator), actual: try derivedActual(indicator), parent: nil,
                isFirstPart: false, targetYear: indicator.targetYear))
            for (offset, part) in indicator.parts.enumerated() {
                rows.append(Row(
                    category: indicator.category, name: part.name, unit: part.unit, target: part.target,
                    actual: part.actual, parent: parentIndex, isFirstPart: offset == 0,
                    targetYear: part.targetYear ?? indicator.targetYear))
            }
        }
        for (category, point) in scheme.allPoints {
            for name in point.indicators where !rows.contains(where: { $0.name == name }) {
                rows.append(Row(category: category.title, name: name, unit: nil, target: nil, actual: nil,
                                parent: nil, isFirstPart: false))
            }
        }
        return rows
    }

    /// The actual of a row with parts: the sum of the parts' actuals when not given; a given
    /// actual smaller than its parts' sum is an error naming the data file and line.
    private func derivedActual(_ indicator: DataIndicator) throws(DraftingError) -> Quantity? {
        let partActuals = indicator.parts.compactMap(\.actual)
        guard !indicator.parts.isEmpty, partActuals.count == indicator.parts.count else { return indicator.actual }
        let sum = DerivedFigures.sum(partActuals)
        guard let actual = indicator.actual else { return sum }
        if sum.value > actual.value {
            let at = indicator.actualLocation ?? indicator.location
            let names = indicator.parts.map(\.name).joined(separator: "、")
            throw DraftingError(
                path: data.path, at: at,
                detail: "数据自相矛盾：指标“\(indicator.name)”完成值为\(actual.text)，但其中\(names)合计\(sum.text)，比总数还大")
        }
        return actual
    }

    /// The target of a row with parts: the sum of the parts' plain targets when not given.
    private func derivedTarget(_ indicator: DataIndicator) throws(DraftingError) -> IndicatorValue? {
        if let target = indicator.target { return target }
        let targets = indicator.parts.compactMap(\.target)
        guard !indicator.parts.isEmpty, targets.count == indicator.parts.count,
              targets.allSatisfy({ $0.comparator == .equal })
        else { return nil }
        let sum = DerivedFigures.sum(targets.map { Quantity($0.value, fractionDigits: $0.fractionDigits) })
        return IndicatorValue(value: sum.value, fractionDigits: sum.fractionDigits)
    }
}
