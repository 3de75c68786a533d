import Foundation
import ReportDrafting
import ReportPluginKit
import Testing
import TestSupport

/// The data form's 文种 cell (报告信息!B5) is a dropdown of 函 and 报告, read back as before.
struct DocumentKindDropdownTests {
    /// The `<dataValidation>` elements of the sheet 报告信息 (the workbook's first sheet).
    static func validations(_ bytes: Data) throws -> [String] {
        let parts = try PackageParts.read(bytes)
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="报告信息" sheetId="1""#))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        return sheet.components(separatedBy: "<dataValidation ").dropFirst().map {
            $0.components(separatedBy: "</dataValidation>")[0]
        }
    }

    @Test func theKindCellOffersLetterAndReport() throws {
        let form = try FormWorkbook.form()
        let info = try #require(form.sheets.first)
        let kindRow = try FormWorkbook.row(form, sheet: "报告信息", first: "文种（函或报告，不填为报告）").row
        #expect(kindRow == 3)  // the fourth data row: B5 under the header
        #expect(info.rows[kindRow].choices == [1: ["函", "报告"]])
        #expect(info.rows.enumerated().allSatisfy { $0.offset == kindRow || $0.element.choices.isEmpty })
        let lists = try Self.validations(FormWorkbook.bytes(form)).filter { $0.contains(#"type="list""#) }
        #expect(lists.count == 1)
        let list = try #require(lists.first)
        #expect(list.contains(#"sqref="B5""#))
        #expect(list.contains(#"<formula1>"函,报告"</formula1>"#))
        #expect(list.contains("请从下拉列表中选择：函、报告"))
    }

    @Test(arguments: [(DocumentKind.letter, "函"), (.report, "报告")])
    func theChosenKindReadsBack(kind: DocumentKind, text: String) throws {
        var data = try FormWorkbook.lanhe()
        data.kind = kind
        let form = try FormWorkbook.form(data)
        let row = try FormWorkbook.row(form, sheet: "报告信息", first: "文种（函或报告，不填为报告）")
        #expect(form.sheets[row.sheet].rows[row.row].cells[1] == .text(text))
        #expect(try FormWorkbook.load(FormWorkbook.bytes(form)).kind == kind)
    }

    @Test func aBlankKindIsAReport() throws {
        var form = try FormWorkbook.form(FormWorkbook.lanhe())
        let row = try FormWorkbook.row(form, sheet: "报告信息", first: "文种（函或报告，不填为报告）")
        form.sheets[row.sheet].rows[row.row].cells[1] = .empty
        #expect(try FormWorkbook.load(FormWorkbook.bytes(form)).kind == .report)
    }
}
