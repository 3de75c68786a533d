import Foundation
import Testing
import XLSXWriter

/// Tables over 10,000 rows go through libxlsxwriter's constant-memory mode.
@Suite struct ConstantMemoryTests {
    @Test func largeTablesAreStreamedWithCategoriesRepeatedInsteadOfMerged() throws {
        let rows = XLSXReportWriter.constantMemoryThreshold + 5
        let report = SampleReports.large(rows: rows)
        let (package, url) = try Writing.xlsx(report)
        let sheet = package.sheet1
        // Only the title is merged; 分类 is written on every row (inline strings in this mode).
        #expect(sheet.contains("<mergeCells count=\"1\"><mergeCell ref=\"A1:F1\"/></mergeCells>"))
        #expect(package.text("A3") == "分类0")
        #expect(package.text("A4") == "分类0")
        #expect(package.text("A10") == "分类1")
        #expect(package.cell("A4")?.contains("t=\"inlineStr\"") == true)
        let last = rows + 2
        #expect(package.text("B\(last)") != nil)
        #expect(package.text("B\(last + 1)") == nil)
        // Formulas, number formats, and the sheet settings survive streaming.
        #expect(package.cell("D3")?.hasSuffix("><f>SUM(D4:D5)</f><v>300</v></c>") == true)
        #expect(package.cell("E10")?.hasSuffix("><f>SUM(E11:E12)</f><v>290</v></c>") == true)
        #expect(package.cell("D\(last - 2)")?.contains("<f>") == false)  // the last parent lacks a part
        #expect(sheet.contains("<autoFilter ref=\"A2:F\(last)\"/>"))
        #expect(sheet.contains("<conditionalFormatting sqref=\"B3:F\(last)\">"))
        #expect(sheet.contains("state=\"frozen\""))
        #expect(package.text("F7") == "未完成")  // 11.75 < 12.50
        let notes = package.parts["xl/worksheets/sheet2.xml"] ?? ""
        #expect(notes.contains("常量内存模式"))
        let formulaRows = (rows - 3) / 7 + 1  // parents with both parts present
        #expect(notes.contains("其余 \(formulaRows - 200) 行从略。"))
        // Streaming through temporary files is deterministic too.
        #expect(try Data(contentsOf: url) == Data(contentsOf: Writing.xlsx(report).url))
    }

    @Test func tablesAtTheThresholdStillMergeCategories() throws {
        let package = try Writing.xlsx(SampleReports.large(rows: XLSXReportWriter.constantMemoryThreshold)).package
        #expect(package.sheet1.contains("<mergeCell ref=\"A3:A9\"/>"))
        #expect(!package.sheet1.contains("inlineStr"))
    }
}
