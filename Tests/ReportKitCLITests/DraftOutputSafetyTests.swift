import Foundation
import Testing
import TestSupport

/// `reportkit draft` writes all its outputs or none, and refuses YAML alias bombs in the data, the
/// template and the lint configuration alike.
@Suite("draft：全部写出或一个不留；YAML 别名炸弹")
struct DraftOutputSafetyTests {
    /// Data whose one indicator has a 40,000-Character name: Markdown and text are written, then the
    /// XLSX step fails (an Excel cell holds at most 32,767 characters).
    static let dataFailingInXLSX = "district: 甲区\nyear: 2022\npoints:\n  A1: 有。\nindicators:\n  - category: 学前教育\n"
        + "    name: \(String(repeating: "教", count: 40_000))\n    unit: 人\n    target: 1\n    actual: 1\n"

    /// Nine levels of nine aliases: about 387 million nodes once expanded, in a few hundred bytes.
    static let aliasBomb: String = {
        var text = "a0: &a0 [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n"
        for level in 1...8 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        return text
    }()

    @Test("XLSX 一步失败：report.md、report.txt 也不留下（新文件夹不创建，已有文件夹不变）")
    func failingWriterLeavesNothing() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data(Self.dataFailingInXLSX.utf8).write(to: temp.appendingPathComponent("data.yml"))
        let arguments = ["draft", "--scheme", DraftCommandTests.template, "--data", "data.yml", "--to", "markdown,text,xlsx"]

        let fresh = try CommandRunner.run(arguments + ["-o", "new"], in: temp)
        #expect(fresh.status == 2, "\(fresh.stderr)")
        #expect(fresh.stderr.contains("32767"), "\(fresh.stderr)")
        #expect(DraftCommandTests.contents(temp) == ["data.yml"])

        let existing = temp.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: false)
        try Data("旧稿\n".utf8).write(to: existing.appendingPathComponent("report.md"))
        let forced = try CommandRunner.run(arguments + ["-o", "old", "--force"], in: temp)
        #expect(forced.status == 2, "\(forced.stderr)")
        #expect(DraftCommandTests.contents(existing) == ["report.md"])
        #expect(try String(contentsOf: existing.appendingPathComponent("report.md"), encoding: .utf8) == "旧稿\n")
    }

    @Test("成功时文件夹一次出现，里面没有临时文件")
    func successLeavesNoTemporaries() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "-o", "out"], in: temp)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(DraftCommandTests.contents(temp) == ["out"])
        #expect(DraftCommandTests.contents(temp.appendingPathComponent("out")) == ["report.docx", "report.md", "report.txt", "report.xlsx"])
    }

    @Test("数据文件中的别名炸弹：很快拒绝，退出码 2，中文说明")
    func aliasBombInData() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data(Self.aliasBomb.utf8).write(to: temp.appendingPathComponent("bomb.yml"))
        let start = Date()
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "bomb.yml", "-o", "out"], in: temp)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("reportkit: bomb.yml:"), "\(result.stderr)")
        #expect(result.stderr.contains("别名炸弹"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.appendingPathComponent("out").path))
    }

    @Test("方案模板和 .reportkit.yml 中的别名炸弹同样被拒绝")
    func aliasBombElsewhere() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data(Self.aliasBomb.utf8).write(to: temp.appendingPathComponent("bomb.yml"))
        let template = try CommandRunner.run(
            ["draft", "--scheme", "bomb.yml", "--data", DraftCommandTests.example, "-o", "out"], in: temp)
        #expect(template.status == 2)
        #expect(template.stderr.contains("别名炸弹"), "\(template.stderr)")

        try Data(Self.aliasBomb.utf8).write(to: temp.appendingPathComponent(".reportkit.yml"))
        try Data("一、自查情况\n".utf8).write(to: temp.appendingPathComponent("draft.txt"))
        let lint = try CommandRunner.run(["lint", "draft.txt"], in: temp)
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("别名炸弹"), "\(lint.stderr)")
    }
}
