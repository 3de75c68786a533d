import ReportModel
import ReportPluginKit

/// The `说明` sheet: where the workbook came from, how it was made, and which cells are formulas.
struct NotesSheetWriter {
    static let sheetName = "说明"
    /// Formula rows listed one by one; beyond this the sheet gives their number only.
    static let listedFormulaRows = 200

    let report: Report
    let options: WriterOptions
    let layouts: [IndicatorSheetLayout]
    let constantMemory: Bool
    let formats: WorkbookFormats

    /// The label/text rows of the sheet, in order.
    func rows() -> [(String, String)] {
        var rows: [(String, String)] = []
        let source = options.sourceDescription.isEmpty ? report.path : options.sourceDescription
        rows.append(("来源文件", source.isEmpty ? "（未记录）" : source))
        rows.append(("生成命令", options.command.isEmpty ? "（未记录）" : options.command))
        if let title = report.metadata.title?.text { rows.append(("报告标题", title)) }
        rows.append(("成文日期", report.metadata.date?.text ?? "（报告未注明；文档属性中的创建时间记为 2000年1月1日）"))
        rows.append(("完成情况", "按目标值的比较符（>、≥、<、≤）判断是否完成；目标属于更晚且在成文日期尚未结束的时期（如2023年报告中的“2025年目标”）时，未达到记为“推进中”；目标值或完成值不是数字时留空；未完成的行以浅红色突出显示。"))
        rows.append(("数字格式", "数字按原文的小数位数显示；带比较符的目标值（如 >98.5）仍是数字，比较符由单元格的数字格式显示；不是数字的值（如 100：12.8）按文字写出。"))
        if constantMemory {
            rows.append(("大表处理", "指标超过 10000 行，采用常量内存模式逐行写出：分类列不合并单元格，每行都写出分类。"))
        }
        for layout in layouts {
            let sheet = "工作表“\(layout.sheetName)”"
            let first = IndicatorSheetLayout.firstDataRow + 1
            rows.append((sheet, "\(layout.title)：共 \(layout.dataRowCount) 行指标，第 \(first) 行至第 \(layout.lastRow + 1) 行。"))
            rows.append(contentsOf: formulaRows(of: layout))
        }
        return rows
    }

    private func formulaRows(of layout: IndicatorSheetLayout) -> [(String, String)] {
        guard !layout.formulas.isEmpty else {
            return [("公式行", "无：没有“其中”各项之和等于合计的行，所有数字均按原值写出。")]
        }
        var rows: [(String, String)] = [(
            "公式行",
            "共 \(layout.formulas.count) 行的合计由“其中”各项求和（SUM 公式，并缓存报告中的原值，便于不重算的软件显示）："
        )]
        for index in layout.formulas.keys.sorted().prefix(Self.listedFormulaRows) {
            let formulas = layout.formulas[index]!
            let row = IndicatorSheetLayout.row(ofIndicator: index) + 1
            var cells: [String] = []
            if let target = formulas.target { cells.append("目标值 D\(row) =\(target.formula)") }
            if let actual = formulas.actual { cells.append("完成值 E\(row) =\(actual.formula)") }
            rows.append(("", "第 \(row) 行（\(layout.indicators[index].name)）：" + cells.joined(separator: "，")))
        }
        if layout.formulas.count > Self.listedFormulaRows {
            rows.append(("", "其余 \(layout.formulas.count - Self.listedFormulaRows) 行从略。"))
        }
        return rows
    }

    func write(to sheet: XlsxWorksheet) throws(WriterError) {
        try sheet.setColumns(0...0, width: 16)
        try sheet.setColumns(1...1, width: 90)
        try sheet.write("说明", row: 0, column: 0, format: formats.title)
        for (offset, row) in rows().enumerated() {
            try sheet.write(row.0, row: offset + 1, column: 0, format: formats.notesLabel)
            try sheet.write(row.1, row: offset + 1, column: 1, format: formats.notesText)
        }
    }
}
