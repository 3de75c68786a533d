import Foundation
import ReportModel
import ReportPluginKit
import ReportReading

/// Reads a filled data form (`reportkit draft --form` wrote it) into the `DistrictData` the YAML
/// loader fills, so that both draft the same report. Every problem of every sheet is reported at
/// once (`DraftingErrors`), each naming its cell: `工作表“指标”第7行D列：…`.
public enum WorkbookDataLoader {
    public static func load(
        contentsOf url: URL, scheme: EvaluationScheme, displayPath: String? = nil
    ) throws(DraftingErrors) -> DistrictData {
        let path = displayPath ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DraftingErrors([DraftingError(path: path, detail: "文件不存在")])
        }
        guard !isDirectory.boolValue, let data = try? Data(contentsOf: url) else {
            throw DraftingErrors([DraftingError(path: path, detail: isDirectory.boolValue ? "这是一个文件夹，不是 Excel 填报表" : "无法读取文件")])
        }
        return try load(data: data, scheme: scheme, path: path)
    }

    public static func load(data: Data, scheme: EvaluationScheme, path: String) throws(DraftingErrors) -> DistrictData {
        let sheets: [SpreadsheetSheet]
        do {
            sheets = try SpreadsheetReader.read(data: data, path: path)
        } catch {
            throw DraftingErrors([DraftingError(path: path, line: error.line, detail: error.detail)])
        }
        var reader = FormReader(path: path, scheme: scheme, sheets: sheets)
        let result = reader.read()
        guard reader.errors.isEmpty, let result else { throw DraftingErrors(reader.errors) }
        // The contradictions the drafter would stop at one by one, all at once.
        let contradictions = contradictions(in: result)
        guard contradictions.isEmpty else { throw DraftingErrors(contradictions) }
        return result
    }

    /// Parts that add up to more than their total, for every figure of the data.
    static func contradictions(in data: DistrictData) -> [DraftingError] {
        var errors: [DraftingError] = []
        for figure in data.basics + data.points.flatMap(\.figures) {
            do {
                _ = try DerivedFigures.total(of: figure, path: data.path)
            } catch {
                errors.append(error)
            }
        }
        return errors
    }
}

/// Reads the sheets of one workbook, collecting errors.
private struct FormReader {
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
        var documentNumber, recipients, issuer, date, targetHeader, actualHeader: String?
        var selfCheck: [String]
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
        let info = Info(
            district: district ?? "", year: year ?? 2000, documentNumber: text(.documentNumber),
            recipients: text(.recipients), issuer: text(.issuer), date: rows[.date].flatMap { cells.date($0, 2) },
            targetHeader: text(.targetHeader), actualHeader: text(.actualHeader),
            selfCheck: rows[.selfCheck].map { cells.paragraphs($0, 2) } ?? [])
        errors += cells.errors
        return district != nil && year != nil ? info : nil
    }

    // MARK: - Figures (基本情况, and the figure columns of 评价要点)

    /// The figures on `rows`, whose five figure columns start at `firstColumn`; a row naming another
    /// in 属于 becomes that figure's part (the nearest row above with that name).
    func readFigureBlock(_ cells: inout SheetCells, rows: [Int], firstColumn: Int) -> [DataFigure] {
        typealias Column = DataFormLayout.FigureColumn
        func column(_ c: Column) -> Int { firstColumn + c.rawValue }
        // Figures by row, with the row of their parent; assembled bottom-up afterwards.
        var figures: [(row: Int, figure: DataFigure, parent: Int?)] = []
        for row in rows {
            if cells.isBlank(row, columns: column(.name)...column(.parent)) { continue }
            guard let name = cells.text(row, column(.name)) else {
                let header = firstColumn == 1 ? DataFormLayout.basicsColumns[0].header : DataFormLayout.pointColumns[firstColumn - 1].header
                cells.fail(row, column(.name), "这一行填了数据，但没有填“\(header)”名称")
                continue
            }
            var parent: Int?
            var inheritedUnit: String?
            if let parentName = cells.text(row, column(.parent)) {
                if let index = figures.lastIndex(where: { $0.figure.name == parentName }) {
                    parent = index
                    inheritedUnit = figures[index].figure.unit
                } else {
                    cells.fail(row, column(.parent), "“属于”中的“\(parentName)”在上面的行中找不到；应填前面某一项的名称")
                }
            }
            let unit = cells.text(row, column(.unit)) ?? inheritedUnit
            // A part whose total was not found has been reported already; its unit would come from it.
            if unit == nil, parent != nil || cells.text(row, column(.parent)) == nil {
                cells.fail(row, column(.unit), "数据“\(name)”缺少“单位”")
            }
            let value = cells.quantity(row, column(.value), "本年数")
            let lastYear = cells.quantity(row, column(.lastYear), "上年数")
            let figure = DataFigure(
                name: name, unit: unit ?? "", value: value, lastYear: lastYear,
                location: cells.location(row, column(.name)),
                valueLocation: value == nil ? nil : cells.location(row, column(.value)))
            figures.append((row, figure, parent))
        }
        // Attach parts to their totals, deepest first (a part always comes after its total).
        var assembled = figures.map(\.figure)
        for index in figures.indices.reversed() {
            if let parent = figures[index].parent { assembled[parent].parts.insert(assembled[index], at: 0) }
        }
        var result: [DataFigure] = []
        for (index, entry) in figures.enumerated() where entry.parent == nil {
            result.append(assembled[index])
        }
        for (index, entry) in figures.enumerated() {
            let figure = assembled[index]
            // A value that is there but not a number has been reported already.
            if figure.value == nil, figure.parts.isEmpty, cells.text(entry.row, column(.value)) == nil {
                cells.fail(entry.row, column(.value), "数据“\(figure.name)”既没有“本年数”，也没有构成项（“属于”它的行）")
            }
        }
        return result
    }

    // MARK: - 评价要点

    mutating func readPoints(_ sheet: SheetCells) -> [PointAnswer] {
        var cells = sheet
        typealias Column = DataFormLayout.PointColumn
        var answers: [PointAnswer] = []
        var blocks: [(answer: Int, rows: [Int])] = []
        var seen: [String: Int] = [:]
        for row in cells.sheet.occupiedRows where row >= 2 {
            if let id = cells.text(row, Column.id.rawValue) {
                guard scheme.point(id: id) != nil else {
                    let known = scheme.allPoints.map(\.point.id)
                    let sample = known.prefix(6).joined(separator: "、") + (known.count > 6 ? "…" : "")
                    cells.fail(row, Column.id.rawValue, "评价方案“\(scheme.title)”中没有编号为“\(id)”的评价要点（方案中的编号有：\(sample)）")
                    continue
                }
                if let previous = seen[id] {
                    cells.fail(row, Column.id.rawValue, "评价要点“\(id)”重复出现（第\(previous)行已有）")
                    continue
                }
                seen[id] = row
                answers.append(PointAnswer(
                    pointID: id, paragraphs: cells.paragraphs(row, Column.text.rawValue),
                    location: cells.location(row, Column.id.rawValue)))
                blocks.append((answers.count - 1, [row]))
            } else if !cells.isBlank(row, columns: Column.firstFigure...(Column.firstFigure + 4)) {
                guard !blocks.isEmpty else {
                    cells.fail(row, Column.firstFigure, "这一行的数据不属于任何评价要点（上面没有填编号的行）")
                    continue
                }
                blocks[blocks.count - 1].rows.append(row)
            } else if cells.text(row, Column.text.rawValue) != nil {
                cells.fail(row, Column.text.rawValue, "这一行填了工作情况，但没有评价要点编号；请写在对应要点的“工作情况”单元格中")
            }
        }
        for block in blocks {
            answers[block.answer].figures = readFigureBlock(&cells, rows: block.rows, firstColumn: Column.firstFigure)
        }
        errors += cells.errors
        return answers.filter { !$0.paragraphs.isEmpty || !$0.figures.isEmpty }
    }

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
            }
        }
        errors += cells.errors
    }
}
