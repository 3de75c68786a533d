import Foundation
import MarkdownWriter
import ReportDrafting
import ReportModel
import ReportPluginKit
import Testing
import TestSupport
import XLSXWriter

/// Workbooks made by the project's own form writer, as the tests of the Excel route need them.
enum FormWorkbook {
    static let path = "填报表.xlsx"

    /// The bytes of `form` written by `XLSXFormWriter` (through a temporary file, removed again).
    static func bytes(_ form: DataEntryForm) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("form-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXFormWriter().write(form, to: url)
        return try Data(contentsOf: url)
    }

    /// The fictional second district's YAML data (`Fixtures/lanhe.yml`).
    static func lanhe() throws -> DistrictData {
        let fixture = try SchemeTemplateTests.fixture("lanhe.yml")
        return try DistrictDataLoader.load(text: fixture.text, path: fixture.path)
    }

    /// The form of the 2023 scheme, filled with `data` when given.
    static func form(_ data: DistrictData? = nil) throws -> DataEntryForm {
        DataFormBuilder(scheme: try SchemeTemplateTests.template(2023)).form(filledWith: data)
    }

    static func load(_ bytes: Data) throws -> DistrictData {
        try WorkbookDataLoader.load(data: bytes, scheme: SchemeTemplateTests.template(2023), path: path)
    }

    /// The messages of a workbook that does not load (empty when it loads).
    static func errors(_ bytes: Data) throws -> [String] {
        let scheme = try SchemeTemplateTests.template(2023)
        do {
            _ = try WorkbookDataLoader.load(data: bytes, scheme: scheme, path: path)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The drafted report as `report.md` has it.
    static func markdown(_ data: DistrictData) throws -> String {
        let report = try Drafter(scheme: SchemeTemplateTests.template(2023)).draft(data, path: "report")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: url) }
        try MarkdownWriter().write(report, to: url, options: WriterOptions())
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The sheet named `name` of `form`, and the index of the row whose first cell is `first`.
    static func row(_ form: DataEntryForm, sheet name: String, first: String) throws -> (sheet: Int, row: Int) {
        let sheet = try #require(form.sheets.firstIndex { $0.name == name })
        let row = try #require(form.sheets[sheet].rows.firstIndex { $0.cells.first == .text(first) })
        return (sheet, row)
    }
}
