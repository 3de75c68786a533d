import Foundation
import ReportModel
import ReportPluginKit

/// Builds one workbook for one report, from start to `close()`, inside a single call.
struct WorkbookBuilder {
    let report: Report
    let options: WriterOptions

    var rowCount: Int { report.indicatorTables.reduce(0) { $0 + $1.indicators.count } }
    var constantMemory: Bool { rowCount > XLSXReportWriter.constantMemoryThreshold }

    /// Writes the workbook; libxlsxwriter's English messages never reach the user (`LibraryMessages`).
    func write(to path: String) throws(WriterError) {
        try LibraryMessages.silenced { () throws(WriterError) in try build(to: path) }
    }

    private func build(to path: String) throws(WriterError) {
        let constantMemory = constantMemory
        let workbook = try XlsxWorkbook(path: path, constantMemory: constantMemory)
        let formats = try WorkbookFormats(workbook: workbook)
        var names = SheetNames()
        _ = names.unique(NotesSheetWriter.sheetName)
        let layouts = report.indicatorTables.map { table in
            IndicatorSheetLayout(
                table: table, sheetName: names.unique("主要指标"), metadata: report.metadata,
                constantMemory: constantMemory)
        }
        for layout in layouts {
            let sheet = try workbook.addWorksheet(named: layout.sheetName)
            try IndicatorSheetWriter(layout: layout, formats: formats).write(to: sheet)
        }
        let notes = NotesSheetWriter(
            report: report, options: options, layouts: layouts, constantMemory: constantMemory, formats: formats)
        try notes.write(to: workbook.addWorksheet(named: NotesSheetWriter.sheetName))

        let metadata = report.metadata
        let title = metadata.title?.text ?? layouts[0].title
        let created = metadata.date.flatMap { ReportDate.timestamp(from: $0.text) } ?? ReportDate.fallback
        try workbook.setProperties(
            title: title, subject: layouts[0].title, author: metadata.issuer?.text ?? "",
            company: metadata.issuer?.text ?? "", comments: "由 ReportKit 根据报告中的指标表生成", created: created)
        try workbook.close()
    }
}
