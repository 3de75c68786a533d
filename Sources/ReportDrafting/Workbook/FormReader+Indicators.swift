import Foundation
import ReportModel
import ReportPluginKit
import ReportReading

/// The rows of 指标 and 成效问题措施.
extension FormReader {
    // MARK: - 指标

    mutating func readIndicators(_ sheet: SheetCells) -> [DataIndicator] {
        var cells = sheet
        typealias Column = DataFormLayout.IndicatorColumn
        var rows: [(indicator: DataIndicator, parent: Int?)] = []
        var category: String?
        for row in cells.sheet.occupiedRows where row >= 2 {
            if cells.isBlank(row, columns: 1...Column.actual.rawValue) { continue }
            if let given = cells.text(row, Column.category.rawValue) { category = given }
            guard let name = cells.text(row, Column.name.rawValue) else {
                cells.fail(row, Column.name.rawValue, "这一行填了内容，但没有填“指标”名称")
                continue
            }
            var parent: Int?
            var unit = cells.text(row, Column.unit.rawValue)
            if let parentName = cells.text(row, Column.parent.rawValue) {
                if let index = rows.lastIndex(where: { $0.indicator.name == parentName && $0.parent == nil }) {
                    parent = index
                    unit = unit ?? rows[index].indicator.unit
                } else {
                    cells.fail(row, Column.parent.rawValue, "“属于”中的“\(parentName)”在上面的行中找不到；应填前面某一指标的名称")
                }
            }
            var target: IndicatorValue?
            if let text = cells.text(row, Column.target.rawValue) {
                target = IndicatorValue(parsing: CellNumber.halfWidth(text))
                if target == nil {
                    cells.fail(row, Column.target.rawValue, "目标值“\(text)”无法识别；应写作数字，可带“>”“≥”“<”“≤”，如“≥95”")
                }
            }
            let actual = cells.quantity(row, Column.actual.rawValue, "完成值")
            let indicator = DataIndicator(
                category: category, name: name, unit: unit, target: target, actual: actual,
                location: cells.location(row, Column.name.rawValue),
                actualLocation: actual == nil ? nil : cells.location(row, Column.actual.rawValue),
                targetYear: cells.year(row, Column.targetYear.rawValue, "目标年份"))
            rows.append((indicator, parent))
        }
        var result: [DataIndicator] = []
        var positions: [Int: Int] = [:]
        for (index, row) in rows.enumerated() {
            if let parent = row.parent, let position = positions[parent] {
                result[position].parts.append(row.indicator)
            } else {
                positions[index] = result.count
                result.append(row.indicator)
            }
        }
        errors += cells.errors
        return result
    }

    // MARK: - 成效问题措施

    mutating func readTitled(_ sheet: SheetCells, into data: inout DistrictData) {
        var cells = sheet
        var part: DataFormLayout.TitledPart?
        for row in cells.sheet.occupiedRows where row >= 2 {
            if cells.isBlank(row, columns: 1...3) { continue }
            if let given = cells.text(row, 1) {
                part = DataFormLayout.TitledPart(rawValue: given)
                if part == nil {
                    let known = DataFormLayout.TitledPart.allCases.map(\.rawValue).joined(separator: "、")
                    cells.fail(row, 1, "“部分”应为\(known)之一，这里是“\(given)”")
                    continue
                }
            }
            guard let part else {
                cells.fail(row, 1, "“部分”必须填写（\(DataFormLayout.TitledPart.allCases.map(\.rawValue).joined(separator: "、"))）")
                continue
            }
            guard let title = cells.text(row, 2) else {
                cells.fail(row, 2, "“小标题”必须填写")
                continue
            }
            let item = TitledText(title: title, paragraphs: cells.paragraphs(row, 3))
            switch part {
            case .achievements: data.achievements.append(item)
            case .problems: data.problems.append(item)
            case .nextSteps: data.nextSteps.append(item)
            case .rectification: data.rectification.append(item)
            }
        }
        errors += cells.errors
    }
}
