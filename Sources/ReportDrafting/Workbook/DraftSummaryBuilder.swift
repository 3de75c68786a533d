import Foundation
import ReportModel
import ReportPluginKit
import ReportScheme

/// The city office's overview of many districts' drafts (`draft --summary 汇总.xlsx`): which points
/// each district answered, and each district's indicators with target, actual and whether met.
public struct DraftSummaryBuilder: Sendable {
    public let scheme: EvaluationScheme

    public init(scheme: EvaluationScheme) {
        self.scheme = scheme
    }

    static let answered = "已填写"
    static let unanswered = "未填写"

    public func form(for drafts: [(data: DistrictData, report: Report)]) -> DataEntryForm {
        DataEntryForm(
            title: "各区县自查自评草稿汇总（\(scheme.title)）", sheets: [pointsSheet(drafts), indicatorsSheet(drafts)])
    }

    /// District × point: one row per district, one column per point (its title as the hint).
    private func pointsSheet(_ drafts: [(data: DistrictData, report: Report)]) -> DataEntryForm.Sheet {
        let points = scheme.allPoints.map(\.point)
        let columns = [DataEntryForm.Column("区县", kind: .result, width: 12)]
            + points.map { DataEntryForm.Column($0.id, kind: .result, width: 8, hint: $0.title) }
            + [DataEntryForm.Column("已填写要点", kind: .result, width: 12), DataEntryForm.Column("未填写要点", kind: .result, width: 30)]
        let rows = drafts.map { draft -> DataEntryForm.Row in
            let answered = Set(draft.data.points.filter { !$0.paragraphs.isEmpty || !$0.figures.isEmpty }.map(\.pointID))
            let missing = points.map(\.id).filter { !answered.contains($0) }
            return DataEntryForm.Row(
                [.text(draft.data.district)]
                    + points.map { .text(answered.contains($0.id) ? Self.answered : Self.unanswered) }
                    + [.number(Decimal(points.count - missing.count), fractionDigits: 0), .text(missing.joined(separator: "、"))])
        }
        return DataEntryForm.Sheet(name: "要点填写情况", columns: columns, rows: rows, isProtected: false)
    }

    /// District × indicator, one row each, as the drafts' appendices have them (totals derived).
    private func indicatorsSheet(_ drafts: [(data: DistrictData, report: Report)]) -> DataEntryForm.Sheet {
        let columns: [DataEntryForm.Column] = [
            .init("区县", kind: .result, width: 12), .init("分类", kind: .result, width: 14),
            .init("指标", kind: .result, width: 30), .init("单位", kind: .result, width: 8),
            .init("目标值", kind: .result, width: 12), .init("完成值", kind: .result, width: 12),
            .init("完成情况", kind: .result, width: 10),
        ]
        var rows: [DataEntryForm.Row] = []
        for draft in drafts {
            let statuses = Self.completionCells(of: draft.report)
            for (index, indicator) in draft.report.indicatorTables.flatMap(\.indicators).enumerated() {
                // The appendix's own 完成情况 (推进中 for a target still ahead), so summary and draft agree.
                let met = index < statuses.count ? statuses[index] : "—"
                let actual: DataEntryForm.Cell = indicator.actual.map { .number($0.value, fractionDigits: $0.fractionDigits) }
                    ?? .text(Self.unanswered)
                rows.append(DataEntryForm.Row([
                    .text(draft.data.district), .text(indicator.category ?? ""),
                    .text((indicator.parent == nil ? "" : "其中：") + indicator.name), .text(indicator.unit ?? ""),
                    .text(indicator.targetText), actual, .text(met),
                ]))
            }
        }
        return DataEntryForm.Sheet(name: "指标完成情况", columns: columns, rows: rows, isProtected: false)
    }

    /// The 完成情况 column of the draft's indicator tables, row by row in table order.
    static func completionCells(of report: Report) -> [String] {
        var tables: [Int: Table] = [:]
        for block in report.allBlocks {
            if case .table(let table) = block, let index = table.indicatorTableIndex { tables[index] = table }
        }
        return tables.keys.sorted().flatMap { index in
            tables[index]!.rows.dropFirst().map { $0.last?.text ?? "—" }
        }
    }
}
