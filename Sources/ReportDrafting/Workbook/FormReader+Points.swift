import Foundation
import ReportModel
import ReportPluginKit
import ReportReading

/// The figures of 基本情况 and the rows of 评价要点.
extension FormReader {
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
}
