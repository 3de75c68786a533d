import Foundation
import ReportModel
import ReportPluginKit

/// Writes a `DataEntryForm` as an `.xlsx` data-entry workbook through libxlsxwriter: bold, locked
/// header rows with hints as comments, entry cells left unlocked, numbers and years validated, and
/// each sheet set up to print on A4 landscape with its header on every page.
public struct XLSXFormWriter: DataEntryFormWriter {
    public let fileExtension = "xlsx"

    public init() {}

    public func write(_ form: DataEntryForm, to destination: URL) throws {
        try XLSXReportWriter.checkDestination(destination)
        let existed = FileManager.default.fileExists(atPath: destination.path)
        do {
            try LibraryMessages.silenced { () throws(WriterError) in try build(form, path: destination.path) }
        } catch {
            if !existed { try? FileManager.default.removeItem(at: destination) }
            throw error
        }
    }

    private func build(_ form: DataEntryForm, path: String) throws(WriterError) {
        let workbook = try XlsxWorkbook(path: path, constantMemory: false)
        let formats = try FormFormats(workbook: workbook)
        var names = SheetNames()
        for (index, sheet) in form.sheets.enumerated() {
            let worksheet = try workbook.addWorksheet(named: names.unique(sheet.name))
            try FormSheetWriter(sheet: sheet, formats: formats).write(to: worksheet)
            if index == 0 { worksheet.activate() }
        }
        try workbook.setProperties(
            title: form.title, subject: form.title, author: "", company: "",
            comments: "由 ReportKit 按评价方案生成的填报表；填好后用 reportkit draft --data 起草报告", created: ReportDate.fallback)
        try workbook.close()
    }
}
