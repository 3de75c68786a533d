import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import Testing
import TestSupport
import XLSXWriter

/// The example's XLSX appendix, checked through the workbook's XML: the drafted indicator table with
/// its derived total and 完成情况 reaches the sheet as numbers and text.
struct DraftedXLSXTests {
    @Test func theExampleAppendixReachesTheWorkbook() throws {
        let report = try DrafterTests.draftExample()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("drafted-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXReportWriter().write(report, to: url, options: WriterOptions(sourceDescription: "data.yml"))
        let parts = try PackageParts.read(url)
        let strings = try #require(parts["xl/sharedStrings.xml"])
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        for text in ["2025年目标", "2022年完成", "学前三年毛入园率", "普通初中", "主要劳动年龄人口平均受教育年限", "已完成"] {
            #expect(strings.contains(">\(text)<"), "\(text)")
        }
        #expect(!strings.contains(">未完成<"))
        // The derived total of 在校学生数 (3.15 + 2.12) and plain actuals are numbers in the sheet.
        for value in ["5.27", "3.15", "2.12", "99.2", "11.6"] {
            #expect(sheet.contains("<v>\(value)</v>"), "\(value)")
        }
        #expect(!strings.contains("待填写"))
    }
}
