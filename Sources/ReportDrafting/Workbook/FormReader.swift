import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import ReportScheme

/// Reads the sheets of one filled form into `DistrictData`, collecting every error instead of
/// stopping at the first (`WorkbookDataLoader` throws them together).
struct FormReader {
    let path: String
    let scheme: EvaluationScheme
    let sheets: [SpreadsheetSheet]
    var errors: [DraftingError] = []

    init(path: String, scheme: EvaluationScheme, sheets: [SpreadsheetSheet]) {
        self.path = path
        self.scheme = scheme
        self.sheets = sheets
    }

    mutating func read() -> DistrictData? {
        let info = sheet(DataFormLayout.infoSheet, required: true).map { readInfo($0) } ?? nil
        var data = DistrictData(path: path, district: info?.district ?? "", year: info?.year ?? 2000)
        if let info {
            data.documentNumber = info.documentNumber
            data.title = info.title
            data.kind = info.kind
            data.recipients = info.recipients
            data.issuer = info.issuer
            data.date = info.date
            data.selfCheck = info.selfCheck
        }
        if let cells = sheet(DataFormLayout.basicsSheet, columns: DataFormLayout.basicsColumns) {
            var cells = cells
            data.basics = readFigureBlock(&cells, rows: cells.sheet.occupiedRows.filter { $0 >= 2 }, firstColumn: 1)
            errors += cells.errors
        }
        if let cells = sheet(DataFormLayout.pointsSheet, required: true, columns: DataFormLayout.pointColumns) {
            data.points = readPoints(cells)
        }
        if let cells = sheet(DataFormLayout.indicatorsSheet, columns: DataFormLayout.indicatorColumns) {
            data.indicators = readIndicators(cells)
        }
        if let cells = sheet(DataFormLayout.titledSheet, columns: DataFormLayout.titledColumns) {
            readTitled(cells, into: &data)
        }
        data.targetHeader = info?.targetHeader ?? Self.targetHeader(data.indicators)
        data.actualHeader = info?.actualHeader ?? data.actualHeader
        return info == nil ? nil : data
    }

    /// `2025年目标` when every indicator with a target year names the same one, else `目标值`.
    static func targetHeader(_ indicators: [DataIndicator]) -> String {
        let years = Set(indicators.compactMap(\.targetYear))
        guard years.count == 1, let year = years.first else { return "目标值" }
        return "\(year)年目标"
    }

    // MARK: - Sheets and headers

    /// The sheet named `name`, its header row checked against `columns`; a missing required sheet or
    /// a changed header is an error.
    mutating func sheet(
        _ name: String, required: Bool = false, columns: [DataEntryForm.Column]? = nil
    ) -> SheetCells? {
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            if required {
                let found = sheets.map { "“\($0.name)”" }.joined(separator: "、")
                errors.append(DraftingError(
                    path: path,
                    detail: "缺少工作表“\(name)”（工作簿中有：\(found.isEmpty ? "无" : found)）；请使用 reportkit draft --form 生成的填报表"))
            }
            return nil
        }
        var cells = SheetCells(sheet, path: path)
        var headerOK = true
        for (index, column) in (columns ?? []).enumerated() {
            let found = cells.text(1, index + 1)
            if found != column.header {
                cells.fail(1, index + 1, "表头应为“\(column.header)”，这里是“\(found ?? "")”；请不要改动填报表的表头和列的顺序")
                headerOK = false
            }
        }
        errors += cells.errors
        return headerOK ? SheetCells(sheet, path: path) : nil
    }

    // MARK: - 报告信息

    struct Info {
        var district: String
        var year: Int
        var documentNumber, title, recipients, issuer, date, targetHeader, actualHeader: String?
        var selfCheck: [String]
        var kind: DocumentKind = .report
    }

    /// Fields are found by their label in column A, so inserted or moved rows do no harm.
    mutating func readInfo(_ sheet: SheetCells) -> Info? {
        var cells = sheet
        var rows: [DataFormLayout.InfoField: Int] = [:]
        for row in cells.sheet.occupiedRows {
            guard let label = cells.text(row, 1) else { continue }
            if let field = DataFormLayout.InfoField.allCases.first(where: { $0.rawValue == label || $0.name == label }) {
                rows[field] = row
            }
        }
        func text(_ field: DataFormLayout.InfoField) -> String? { rows[field].flatMap { cells.text($0, 2) } }
        var district: String?, year: Int?
        for field in [DataFormLayout.InfoField.district, .year] {
            guard let row = rows[field] else {
                cells.fail(max(1, cells.sheet.lastRow + 1), 1, "找不到“\(field.name)”这一行；请使用 reportkit draft --form 生成的填报表")
                continue
            }
            guard cells.text(row, 2) != nil else {
                cells.fail(row, 2, "“\(field.name)”必须填写")
                continue
            }
            if field == .district { district = cells.text(row, 2) } else { year = cells.year(row, 2, field.name) }
        }
        var kind = DocumentKind.report
        if let row = rows[.kind], let written = cells.text(row, 2) {
            if let named = DocumentKind(text: written) {
                kind = named
            } else {
                cells.fail(row, 2, "文种“\(written)”无法识别：只能填\(DocumentKind.choices)")
            }
        }
        let info = Info(
            district: district ?? "", year: year ?? 2000, documentNumber: text(.documentNumber), title: text(.title),
            recipients: text(.recipients), issuer: text(.issuer), date: rows[.date].flatMap { cells.date($0, 2) },
            targetHeader: text(.targetHeader), actualHeader: text(.actualHeader),
            selfCheck: rows[.selfCheck].map { cells.paragraphs($0, 2) } ?? [], kind: kind)
        errors += cells.errors
        return district != nil && year != nil ? info : nil
    }
}
