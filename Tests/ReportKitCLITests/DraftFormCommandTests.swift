import Foundation
import Testing
import TestSupport

/// `reportkit draft --form` and `--data 填报表.xlsx`, run as a clerk would: the YAML example turned
/// into a filled workbook drafts the same report.md; a blank form is refused with every missing
/// cell named; the form never replaces an input or an existing file without --force.
struct DraftFormCommandTests {
    @Test func theExampleDraftsTheSameFromItsWorkbook() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let form = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "--form", "青溪区填报表.xlsx"],
            in: temp)
        #expect(form.status == 0, "\(form.stderr)")
        #expect(form.stdout == "已生成 青溪区填报表.xlsx（Excel 填报表：报告信息、基本情况、评价要点、指标、成效问题措施）\n")
        let fromWorkbook = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "青溪区填报表.xlsx", "-o", "xlsx草稿", "--to", "markdown"],
            in: temp)
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        let drafted = try String(contentsOf: temp.appendingPathComponent("xlsx草稿/report.md"), encoding: .utf8)
        let golden = try String(
            contentsOf: Repository.root.appendingPathComponent("Examples/青溪区/report.md"), encoding: .utf8)
        #expect(drafted == golden)
    }

    @Test func aBlankFormIsRefusedWithEveryMissingCell() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let form = try CommandRunner.run(["draft", "--scheme", DraftCommandTests.template, "--form", "空白.xlsx"], in: temp)
        #expect(form.status == 0, "\(form.stderr)")
        let draft = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "空白.xlsx", "-o", "out"], in: temp)
        #expect(draft.status == 2)
        #expect(draft.stderr == """
            reportkit: 空白.xlsx: 工作表“报告信息”第2行B列：“区县名称”必须填写
            reportkit: 空白.xlsx: 工作表“报告信息”第3行B列：“报告年度”必须填写

            """)
        #expect(DraftCommandTests.contents(temp) == ["空白.xlsx"])
    }

    @Test func anOldXLSIsAskedToBeSavedAsXLSX() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
            .write(to: temp.appendingPathComponent("旧表.xls"))
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "旧表.xls", "-o", "out"], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr == "reportkit: 旧表.xls: 这是旧版 Excel 文件（.xls）或设置了打开密码的文件，无法读取；请在 Excel 中取消密码并另存为 .xlsx 后重试\n")
    }

    @Test func theFormNeverReplacesAnInputOrAnExistingFile() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let made = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "--form", "表.xlsx"],
            in: temp)
        #expect(made.status == 0, "\(made.stderr)")
        let old = try Data(contentsOf: temp.appendingPathComponent("表.xlsx"))
        let refused = try CommandRunner.run(["draft", "--scheme", DraftCommandTests.template, "--form", "表.xlsx"], in: temp)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        // The filled workbook read as data is an input: even --force does not write over it.
        let input = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "表.xlsx", "--form", "表.xlsx", "--force"], in: temp)
        #expect(input.status == 2)
        #expect(input.stderr.contains("输入"), "\(input.stderr)")
        #expect(try Data(contentsOf: temp.appendingPathComponent("表.xlsx")) == old)
        let notXLSX = try CommandRunner.run(["draft", "--scheme", DraftCommandTests.template, "--form", "表.csv"], in: temp)
        #expect(notXLSX.status == 2)
        #expect(notXLSX.stderr == "reportkit: 表.csv: 填报表应以 .xlsx 结尾\n")
        #expect(DraftCommandTests.contents(temp) == ["表.xlsx"])
    }
}
