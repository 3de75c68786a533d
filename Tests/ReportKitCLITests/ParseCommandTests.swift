import Foundation
import ReportModel
import Testing
import TestSupport

/// `reportkit parse` run as a user runs it.
@Suite struct ParseCommandTests {
    private func draft(_ text: String, name: String = "draft.txt") throws -> URL {
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private let sample = """
        青溪区人民政府2023年履行教育职责自查自评报告

        一、自查情况

        （一）落实教育优先发展。全区教育经费逐年增长。

        二、存在问题

        三、下一步打算

        """

    @Test func treeShowsMarkersTitlesRolesAndLines() throws {
        let result = try CommandRunner.run(["parse", try draft(sample).path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("标题：青溪区人民政府2023年履行教育职责自查自评报告（第1行）"))
        #expect(result.stdout.contains("一、自查情况  [自查情况]  （第3行）"))
        #expect(result.stdout.contains("  （一）落实教育优先发展  （第5行）"))
        #expect(result.stdout.contains("二、存在问题  [存在问题]  （第7行）"))
    }

    @Test func jsonIsTheDocumentedModel() throws {
        let result = try CommandRunner.run(["parse", "--format", "json", try draft(sample).path])
        #expect(result.status == 0)
        let report = try ReportJSON.decode(Data(result.stdout.utf8))
        #expect(report.sections.map(\.role) == [.findings, .problems, .nextSteps])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["title", "role", "marker", "line", "children", "blocks"]))
        let marker = try #require(first["marker"] as? [String: Any])
        #expect(marker["level"] as? Int == 1)
        #expect(marker["ordinal"] as? Int == 1)
        #expect(marker["raw"] as? String == "一、")
    }

    /// An outline longer than one output chunk (64 KB) comes out whole and in order: every row once,
    /// categories and 其中 rows as written, the last row last.
    @Test func aLongTableOutlineComesOutWholeInOrder() throws {
        var text = "青溪区人民政府2023年履行教育职责自查自评报告\n\n一、自查情况\n\n附件\n\n"
        text += "| 分类 | 指标 | 单位 | 目标值 | 完成值 |\n| --- | --- | --- | --- | --- |\n"
        for row in 1...3_000 {
            text += row % 2 == 1 ? "| 类\(row) | 在校学生数\(row) | 人 | 300 | 290 |\n" : "| | 其中：小学\(row) | 人 | 200 | 185 |\n"
        }
        let result = try CommandRunner.run(["parse", "--input-format", "markdown", try draft(text, name: "long.md").path])
        #expect(result.status == 0)
        #expect(result.stdout.utf8.count > 3 * 64 * 1024)
        let rows = result.stdout.split(separator: "\n").filter { $0.contains("  目标 ") }
        #expect(rows.count == 3_000)
        #expect(rows.first == "  [类1] 在校学生数1（人）  目标 300  完成 290  （第9行）")
        #expect(rows.last == "    其中 [类2999] 小学3000（人）  目标 200  完成 185  （第3008行）")
        let numbers = rows.compactMap { $0.split(separator: "（第").last.flatMap { Int($0.dropLast(2)) } }
        #expect(numbers == Array(9...3008))
    }

    @Test func inputFormatOverridesTheExtension() throws {
        let url = try draft("## 一、自查情况\n\n正文。\n", name: "draft.data")
        let result = try CommandRunner.run(["parse", "--input-format", "markdown", url.path])
        #expect(result.stdout.contains("一、自查情况  [自查情况]"))
    }

    @Test(arguments: [
        ("missing.txt", "文件不存在"),
        ("", "文件是空的"),
    ])
    func badInputExitsWithTwoAndAChineseMessage(name: String, message: String) throws {
        let path: String
        if name.isEmpty { path = try draft("", name: "empty.txt").path } else { path = "/nonexistent/\(name)" }
        let result = try CommandRunner.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains(message))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stdout.isEmpty)
    }
}
