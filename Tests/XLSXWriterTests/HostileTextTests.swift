import Foundation
import ReportModel
import ReportPluginKit
import TestSupport
import Testing
@testable import XLSXWriter
#if canImport(Glibc)
import Glibc
#endif

/// Text XML does not allow (`\v`, `\f`, U+0001, U+FFFE, U+FFFF, NUL) in any cell or property never makes
/// an invalid workbook, and libxlsxwriter's English `[ERROR]` lines never reach stderr.
@Suite("XLSX：控制字符与 libxlsxwriter 的英文报错")
struct HostileTextTests {
    static let hostile = "甲\u{0B}乙\u{0C}丙\u{01}丁\u{FFFF}戊\u{FFFE}己\u{00}庚\t辛\r壬"

    /// `report` with the hostile characters in every kind of text the writer puts in the workbook.
    static func hostileReport(_ report: Report) -> Report {
        var report = report
        report.metadata.title = SampleReports.field("标题" + hostile)
        report.metadata.issuer = SampleReports.field("机关" + hostile)
        report.path = "路径" + hostile + ".txt"
        report.indicatorTables = report.indicatorTables.map { table in
            var table = table
            table.targetHeader += hostile
            table.indicators = IndicatorTable.Indicators(table.indicators.map { indicator in
                var indicator = indicator
                indicator.name += hostile
                indicator.category = indicator.category.map { $0 + hostile }
                indicator.unit = indicator.unit.map { $0 + hostile }
                return indicator
            })
            return table
        }
        return report
    }

    static let openpyxlAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Opens `url` with openpyxl and returns every cell's text, or the error it printed.
    static func openWithOpenpyxl(_ url: URL) throws -> (ok: Bool, output: String) {
        let script = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            for sheet in book.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    for value in row:
                        if value is not None: print(value)
            print("title:", book.properties.title)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, text)
    }

    @Test("控制字符被替换：\\v、\\f 成为换行，其余成为 U+FFFD")
    func cleaning() {
        #expect(WorkbookText.clean(Self.hostile) == "甲\n乙\n丙\u{FFFD}丁\u{FFFD}戊\u{FFFD}己\u{FFFD}庚\t辛\r壬")
        let ordinary = "在校学生数（万人）"
        #expect(WorkbookText.clean(ordinary) == ordinary)
    }

    @Test("openpyxl 能打开含控制字符的工作簿（普通模式和常量内存模式）",
          .enabled(if: openpyxlAvailable, "跳过：没有 python3 的 openpyxl（pip install openpyxl）"),
          arguments: [false, true])
    func openpyxlOpensIt(constantMemory: Bool) throws {
        let base = constantMemory ? SampleReports.large(rows: XLSXReportWriter.constantMemoryThreshold + 1) : SampleReports.report
        let (_, url) = try Writing.xlsx(Self.hostileReport(base))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let (ok, output) = try Self.openWithOpenpyxl(url)
        #expect(ok, "openpyxl 无法打开：\(output.suffix(2000))")
        #expect(output.contains("甲\n乙\n丙\u{FFFD}丁"), "\(output.prefix(2000))")
    }

    @Test("libxlsxwriter 保存失败：只有中文错误，stderr 上没有英文 [ERROR]")
    func noEnglishErrorLines() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("不存在/附表.xlsx").path
        var thrown: WriterError?
        // The library's lines are taken off stderr by `LibraryMessages`, which says what it dropped.
        // (Pointing stderr at a file here as well would race with it and with Swift Testing's output.)
        do {
            let workbook = try XlsxWorkbook(path: path, constantMemory: false)
            try workbook.addWorksheet(named: "主要指标").write("文字", row: 0, column: 0, format: nil)
            try workbook.close()
        } catch {
            thrown = error
        }
        #expect(thrown?.message.contains("无法创建输出文件") == true, "\(String(describing: thrown))")
        let dropped = LibraryMessages.droppedLines
        #expect(dropped.contains { $0.hasPrefix("[ERROR] workbook_close") && $0.contains(path) }, "\(dropped)")
    }
}
