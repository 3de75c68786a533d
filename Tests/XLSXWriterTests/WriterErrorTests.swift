import Foundation
import ReportModel
import ReportPluginKit
import TestSupport
import Testing
@testable import XLSXWriter

/// Failures: a Chinese `WriterError`, and no file left behind by the writer.
@Suite struct WriterErrorTests {
    func failure(_ report: Report, to url: URL) -> WriterError? {
        do {
            try XLSXReportWriter().write(report, to: url, options: Writing.options)
            return nil
        } catch let error as WriterError {
            return error
        } catch {
            Issue.record("意外的错误类型：\(error)")
            return nil
        }
    }

    @Test func aReportWithoutIndicatorTablesIsRefused() throws {
        var report = SampleReports.report
        report.indicatorTables = []
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent("附表.xlsx")
        let error = try #require(failure(report, to: url))
        #expect(error.message.contains("报告中没有指标表，无法生成 XLSX 附表"))
        #expect(error.message.hasPrefix("临江区自评报告.txt："))
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func aMissingFolderIsRefusedWithAChineseMessage() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("不存在的文件夹/附表.xlsx")
        let error = try #require(failure(SampleReports.report, to: url))
        #expect(error.message.contains("无法创建输出文件“\(url.path)”：文件夹"))
        #expect(error.message.contains("不存在"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anUnwritablePathFailsAtWorkbookCloseAndIsChecked() throws {
        // libxlsxwriter opens the file only in workbook_close; its return value is turned into an error.
        let folder = try CommandRunner.temporaryDirectory()
        let path = folder.appendingPathComponent("不存在的文件夹/附表.xlsx").path
        let workbook = try XlsxWorkbook(path: path, constantMemory: false)
        try workbook.addWorksheet(named: "主要指标").write("文字", row: 0, column: 0, format: nil)
        do {
            try workbook.close()
            Issue.record("写入不存在的文件夹应当报错")
        } catch {
            #expect(error.message.contains("保存文件失败：无法创建输出文件（文件夹不存在或没有写入权限）"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aDestinationThatIsAFolderFailsAndIsLeftAlone() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("附表.xlsx")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let error = try #require(failure(SampleReports.report, to: url))
        #expect(error.message.contains("无法创建输出文件“\(url.path)”：这是一个文件夹"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    @Test func libxlsxwriterErrorsBecomeChineseWriterErrors() throws {
        // Excel sheets end at row 1,048,576: libxlsxwriter's range error is translated, naming the cell.
        let folder = try CommandRunner.temporaryDirectory()
        let workbook = try XlsxWorkbook(path: folder.appendingPathComponent("x.xlsx").path, constantMemory: false)
        let sheet = try workbook.addWorksheet(named: "主要指标")
        #expect(throws: WriterError.self) { try sheet.write(1, row: 1_048_576, column: 0, format: nil) }
        do {
            try sheet.write("文字", row: 1_048_576, column: 3, format: nil)
        } catch {
            #expect(error.message.contains("“主要指标”工作表的 D1048577 单元格"))
            #expect(error.message.contains("超出 Excel 工作表的范围"))
        }
        do {
            _ = try workbook.addWorksheet(named: "主要指标")
            Issue.record("重复的工作表名称应当报错")
        } catch {
            #expect(error.message.contains("工作表名称重复"))
        }
        #expect(throws: WriterError.self) { _ = try workbook.addWorksheet(named: "目标[2025]") }
        // Dropped without close(): nothing is written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
