import Foundation
import ReportModel
import ReportPluginKit
import Testing
import XLSXWriter

/// Workbook-wide behaviour: properties, determinism, the 说明 sheet, several tables, missing metadata.
@Suite struct WorkbookTests {
    @Test func documentPropertiesComeFromTheReport() throws {
        let core = try Writing.xlsx(SampleReports.report).package.core
        #expect(core.contains("<dc:title>临江区人民政府关于2023年履行教育职责情况的自查自评报告</dc:title>"))
        #expect(core.contains("<dc:creator>临江区人民政府办公室</dc:creator>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-15T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-01-15T00:00:00Z</dcterms:modified>"))
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let first = try Data(contentsOf: Writing.xlsx(SampleReports.report).url)
        Thread.sleep(forTimeInterval: 1.1)  // a clock-dependent timestamp would differ now
        let second = try Data(contentsOf: Writing.xlsx(SampleReports.report).url)
        #expect(first == second)
        #expect(first.count > 4000)
    }

    @Test func aReportWithoutDateOrDistrictStillGivesAStableWorkbook() throws {
        var report = SampleReports.report
        report.metadata = ReportMetadata()
        let (package, url) = try Writing.xlsx(report)
        #expect(package.text("A1") == "主要指标完成情况")
        #expect(package.core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"))
        #expect(package.core.contains("<dc:title>主要指标完成情况</dc:title>"))
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try Data(contentsOf: url) == Data(contentsOf: Writing.xlsx(report).url))

        report.metadata.year = 2022
        #expect(try Writing.xlsx(report).package.text("A1") == "2022年主要指标完成情况")
    }

    @Test func notesSheetRecordsSourceCommandAndFormulaRows() throws {
        let package = try Writing.xlsx(SampleReports.report).package
        #expect(package.workbook.contains("<sheets><sheet name=\"主要指标\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId2\"/></sheets>"))
        let notes = "xl/worksheets/sheet2.xml"
        #expect(package.text("A1", in: notes) == "说明")
        #expect(package.text("B2", in: notes) == "临江区自评报告.txt")
        #expect(package.text("B3", in: notes) == "reportkit render 临江区自评报告.txt --to xlsx -o 附表.xlsx")
        let all = package.strings.joined(separator: "\n")
        #expect(all.contains("第 5 行（在校学生数）：目标值 D5 =SUM(D6:D7)，完成值 E5 =SUM(E6:E7)"))
        #expect(all.contains("第 9 行（在校学生数）：完成值 E9 =SUM(E10:E11)"))
        #expect(all.contains("共 11 行指标"))
        #expect(!all.contains("常量内存"))
    }

    @Test func everyIndicatorTableGetsItsOwnSheet() throws {
        var report = SampleReports.report
        var second = SampleReports.table
        second.indicators = IndicatorTable.Indicators(second.indicators.prefix(2))
        second.targetHeader = ""
        report.indicatorTables.append(second)
        let package = try Writing.xlsx(report).package
        #expect(package.workbook.contains("<sheet name=\"主要指标\" sheetId=\"1\""))
        #expect(package.workbook.contains("<sheet name=\"主要指标2\" sheetId=\"2\""))
        #expect(package.workbook.contains("<sheet name=\"说明\" sheetId=\"3\""))
        let sheet2 = "xl/worksheets/sheet2.xml"
        #expect(package.text("D2", in: sheet2) == "目标值")  // an empty header falls back to the column's name
        #expect(package.text("B4", in: sheet2) == "学前三年毛入园率")
        #expect(package.workbook.contains("'主要指标2'!$2:$2"))
    }

    @Test func writerIsRegisteredUnderItsID() {
        let writer: any ReportWriter = XLSXReportWriter()
        #expect(writer.id == "xlsx")
        #expect(writer.fileExtension == "xlsx")
    }
}
