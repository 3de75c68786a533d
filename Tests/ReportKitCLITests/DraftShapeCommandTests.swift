import Foundation
import Testing
import TestSupport

/// `draft` as the official shape needs it: Word among the default outputs, a plain-text draft without
/// Markdown table syntax, and `--list-points` to see a scheme's points before filling data.
struct DraftShapeCommandTests {
    @Test func helpListsWordAmongTheFormats() throws {
        let help = try CommandRunner.run(["draft", "--help"])
        #expect(help.stdout.contains("markdown、text、docx、xlsx"))
        #expect(help.stdout.contains("report.docx"))
        #expect(help.stdout.contains("--list-points"))
        #expect(help.stdout.contains("落款和成文日期之后另起一页为附件"))
        #expect(help.stdout.contains("上年报告（.docx"))
        #expect(help.stdout.contains("--change-threshold"))
    }

    @Test func thePlainTextDraftHasTabSeparatedRowsNotAMarkdownTable() throws {
        let out = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "-o", out.path,
             "--to", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("|") })
        #expect(lines.contains("分类\t指标\t单位\t2025年目标\t2022年完成\t完成情况"))
        #expect(lines.contains("义务教育\t普通初中\t万人\t2.1\t2.12\t已完成"))
    }

    @Test func listPointsPrintsEveryPointWithItsCategory() throws {
        let result = try CommandRunner.run([
            "draft", "--list-points", "--scheme",
            Repository.root.appendingPathComponent("Templates/chongqing/2022.yml").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "编号\t评价内容\t评价要点")
        #expect(lines.count == 39)  // the header and 38 points
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t").count == 3 })
        #expect(lines.contains { $0.hasSuffix("\t落实教育优先发展\t严格落实生均经费和生均财政拨款基本标准") })
    }

    @Test func listPointsRefusesDraftingOptions() throws {
        let result = try CommandRunner.run([
            "draft", "--list-points", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example,
        ])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--list-points 只列出方案的评价要点"))
    }
}
