import Foundation
import TestSupport
import Testing

/// `reportkit render --to xlsx`, run as a user would: the writer reached through the registry.
@Suite struct RenderCommandTests {
    @Test func renderWritesTheAppendixAndRecordsTheCommand() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let input = folder.appendingPathComponent("appendix.md")
        try FileManager.default.copyItem(at: ReaderToXLSXTests.fixture("appendix.md"), to: input)
        let result = try CommandRunner.run(["render", "appendix.md", "--to", "xlsx", "-o", "附表.xlsx"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let package = try XLSXPackage(url: folder.appendingPathComponent("附表.xlsx"))
        #expect(package.sheet1.contains("<f>SUM(D6:D7)</f><v>7.2</v>"))
        let notes = "xl/worksheets/sheet2.xml"
        #expect(package.text("B2", in: notes) == "appendix.md")
        #expect(package.text("B3", in: notes) == "reportkit render appendix.md --to xlsx -o 附表.xlsx")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["appendix.md", "附表.xlsx"])
    }

    @Test func aDraftWithoutIndicatorTableExitsTwoAndLeavesNothing() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let draft = "# 临江区教育工作情况\n\n## 一、自查情况\n\n1.落实投入。全年教育投入稳步增长。\n"
        try draft.write(to: folder.appendingPathComponent("draft.md"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["render", "draft.md", "--to", "xlsx", "-o", "附表.xlsx"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("reportkit: "))
        #expect(result.stderr.contains("draft.md：报告中没有指标表，无法生成 XLSX 附表"))
        #expect(!result.stderr.contains("[ERROR]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["draft.md"])
    }
}
