import Foundation
import ReportModel
import ReportPluginKit
import ReportScheme

/// Describes the district's data form for a scheme: every point of the scheme as a row, the scheme's
/// indicators as rows to fill. Given a district's data (from YAML), the form comes filled in with it,
/// which turns a YAML data file into a workbook that drafts the same report.
public struct DataFormBuilder: Sendable {
    public let scheme: EvaluationScheme

    public init(scheme: EvaluationScheme) {
        self.scheme = scheme
    }

    public func form(filledWith data: DistrictData? = nil) -> DataEntryForm {
        DataEntryForm(
            title: "\(data?.district ?? "区县")履行教育职责自查自评填报表（\(scheme.title)）",
            sheets: [infoSheet(data), basicsSheet(data), pointsSheet(data), indicatorsSheet(data), titledSheet(data)])
    }

    private func infoSheet(_ data: DistrictData?) -> DataEntryForm.Sheet {
        let rows = DataFormLayout.InfoField.allCases.map { field -> DataEntryForm.Row in
            let value: DataEntryForm.Cell
            switch field {
            case .district: value = Self.text(data?.district)
            case .year: value = data.map { .number(Decimal($0.year), fractionDigits: 0) } ?? .empty
            case .documentNumber: value = Self.text(data?.documentNumber)
            case .kind: value = data.map { .text($0.kind.rawValue) } ?? .empty
            case .title: value = Self.text(data?.title)
            case .recipients: value = Self.text(data?.recipients)
            case .issuer: value = Self.text(data?.issuer)
            case .date: value = Self.text(data?.date)
            case .targetHeader: value = Self.text(data?.targetHeader)
            case .actualHeader: value = Self.text(data?.actualHeader)
            case .selfCheck: value = Self.text(data.map { $0.selfCheck.joined(separator: "\n") })
            }
            // 文种 is chosen from a dropdown (the reader still accepts what DocumentKind(text:) does).
            let choices = field == .kind ? [1: DocumentKind.allCases.map(\.rawValue)] : [:]
            return DataEntryForm.Row([.text(field.rawValue), value], choices: choices)
        }
        return DataEntryForm.Sheet(name: DataFormLayout.infoSheet, columns: DataFormLayout.infoColumns, rows: rows)
    }

    private func basicsSheet(_ data: DistrictData?) -> DataEntryForm.Sheet {
        let rows = (data?.basics ?? []).flatMap { Self.figureRows($0, parent: nil) }.map { DataEntryForm.Row($0) }
        return DataEntryForm.Sheet(
            name: DataFormLayout.basicsSheet, columns: DataFormLayout.basicsColumns, rows: rows,
            spareRows: DataFormLayout.basicsSpareRows)
    }

    private func pointsSheet(_ data: DistrictData?) -> DataEntryForm.Sheet {
        var rows: [DataEntryForm.Row] = []
        let answers = Dictionary((data?.points ?? []).map { ($0.pointID, $0) }, uniquingKeysWith: { $1 })
        for category in scheme.categories {
            for point in category.points {
                let answer = answers[point.id]
                let reference: [DataEntryForm.Cell] = [
                    .text(point.id), .text(category.title), .text(point.title),
                    .text(point.keywords.joined(separator: "、")),
                    Self.text(answer.map { $0.paragraphs.joined(separator: "\n") }),
                ]
                let figures = (answer?.figures ?? []).flatMap { Self.figureRows($0, parent: nil) }
                rows.append(DataEntryForm.Row(reference + (figures.first ?? [])))
                for figure in figures.dropFirst() {
                    rows.append(DataEntryForm.Row(Array(repeating: .empty, count: reference.count) + figure))
                }
            }
        }
        return DataEntryForm.Sheet(name: DataFormLayout.pointsSheet, columns: DataFormLayout.pointColumns, rows: rows)
    }

    private func indicatorsSheet(_ data: DistrictData?) -> DataEntryForm.Sheet {
        var rows: [DataEntryForm.Row] = []
        var previousCategory: String?
        for indicator in data?.indicators ?? [] {
            let category = indicator.category == previousCategory ? nil : indicator.category
            previousCategory = indicator.category
            rows.append(Self.indicatorRow(indicator, category: category, parent: nil))
            for part in indicator.parts {
                rows.append(Self.indicatorRow(part, category: nil, parent: indicator.name, parentUnit: indicator.unit))
            }
        }
        let named = Set((data?.indicators ?? []).flatMap { [$0.name] + $0.parts.map(\.name) })
        for (category, point) in scheme.allPoints {
            for name in point.indicators where !named.contains(name) {
                rows.append(DataEntryForm.Row([.text(category.title), .text(name)]))
            }
        }
        return DataEntryForm.Sheet(
            name: DataFormLayout.indicatorsSheet, columns: DataFormLayout.indicatorColumns, rows: rows,
            spareRows: DataFormLayout.indicatorSpareRows)
    }

    private func titledSheet(_ data: DistrictData?) -> DataEntryForm.Sheet {
        var rows: [DataEntryForm.Row] = []
        let parts: [(DataFormLayout.TitledPart, [TitledText])] = [
            (.achievements, data?.achievements ?? []), (.problems, data?.problems ?? []),
            (.nextSteps, data?.nextSteps ?? []), (.rectification, data?.rectification ?? []),
        ]
        for (part, items) in parts {
            for item in items {
                rows.append(DataEntryForm.Row([
                    .text(part.rawValue), .text(item.title), .text(item.paragraphs.joined(separator: "\n")),
                ]))
            }
        }
        return DataEntryForm.Sheet(
            name: DataFormLayout.titledSheet, columns: DataFormLayout.titledColumns, rows: rows,
            spareRows: DataFormLayout.titledSpareRows)
    }

    // MARK: - Cells

    private static func text(_ text: String?) -> DataEntryForm.Cell {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }

    private static func number(_ quantity: Quantity?) -> DataEntryForm.Cell {
        guard let quantity else { return .empty }
        return .number(quantity.value, fractionDigits: quantity.fractionDigits)
    }

    /// A figure and, below it, its parts (each naming it in 属于), depth first; a part's unit is left
    /// out when it is its total's.
    private static func figureRows(_ figure: DataFigure, parent: DataFigure?) -> [[DataEntryForm.Cell]] {
        let unit: DataEntryForm.Cell = parent?.unit == figure.unit ? .empty : .text(figure.unit)
        var rows: [[DataEntryForm.Cell]] = [[
            .text(figure.name), unit, number(figure.value), number(figure.lastYear), text(parent?.name),
        ]]
        for part in figure.parts { rows += figureRows(part, parent: figure) }
        return rows
    }

    private static func indicatorRow(
        _ indicator: DataIndicator, category: String?, parent: String?, parentUnit: String? = nil
    ) -> DataEntryForm.Row {
        let unit = parent != nil && indicator.unit == parentUnit ? nil : indicator.unit
        return DataEntryForm.Row([
            text(category), .text(indicator.name), text(parent), text(unit), text(indicator.target?.text),
            indicator.targetYear.map { .number(Decimal($0), fractionDigits: 0) } ?? .empty, number(indicator.actual),
        ])
    }
}
