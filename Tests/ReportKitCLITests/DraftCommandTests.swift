import Foundation
import Testing
import TestSupport

/// `reportkit draft`, run as a user would: what it writes, and that bad input writes nothing.
struct DraftCommandTests {
    static let template = Repository.root.appendingPathComponent("Templates/chongqing/2023.yml").path
    static let example = Repository.root.appendingPathComponent("Examples/青溪区/data.yml").path

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func draftsTheExampleAsMarkdownAndText() throws {
        let temp = try CommandRunner.temporaryDirectory()
        let out = temp.appendingPathComponent("草稿")
        let result = try CommandRunner.run(
            ["draft", "--scheme", Self.template, "--data", Self.example, "-o", out.path, "--to", "markdown,text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.contents(out) == ["report.md", "report.txt"])
        #expect(result.stdout.contains("report.md"))
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("青溪区人民政府2022年履行教育职责自查自评报告"))
        #expect(markdown.contains("深入推动“双减”落地落实"))
        #expect(markdown.contains("增长3.94%"))
        let text = try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(text.contains("三、履行教育职责情况"))
    }

    /// Without `--to`, the XLSX appendix is written too (a ZIP package beside the report).
    @Test func theDefaultFormatsIncludeTheXLSXAppendix() throws {
        let out = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["draft", "--scheme", Self.template, "--data", Self.example, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.contents(out) == ["report.docx", "report.md", "report.txt", "report.xlsx"])
        let xlsx = try Data(contentsOf: out.appendingPathComponent("report.xlsx"))
        #expect(xlsx.prefix(2) == Data("PK".utf8))
    }

    /// The bundled example's outputs are committed beside its data (`Examples/青溪区/report.md`,
    /// `report.txt`) and serve as golden files.
    @Test(arguments: ["report.md", "report.txt"])
    func theExampleDraftMatchesTheCommittedOutputs(name: String) throws {
        let out = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(
            ["draft", "--scheme", Self.template, "--data", Self.example, "-o", out.path, "--to", "markdown,text"])
        #expect(result.status == 0, "\(result.stderr)")
        let drafted = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        let golden = try String(
            contentsOf: Repository.root.appendingPathComponent("Examples/青溪区/\(name)"), encoding: .utf8)
        #expect(drafted == golden)
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let out = try CommandRunner.temporaryDirectory()
        try Data("旧内容".utf8).write(to: out.appendingPathComponent("report.txt"))
        let arguments = ["draft", "--scheme", Self.template, "--data", Self.example, "-o", out.path, "--to", "markdown,text"]
        let refused = try CommandRunner.run(arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("reportkit: "))
        #expect(refused.stderr.contains("report.txt: 文件已存在"))
        #expect(Self.contents(out) == ["report.txt"])
        #expect(try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8) == "旧内容")
        let forced = try CommandRunner.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(Self.contents(out) == ["report.md", "report.txt"])
    }

    @Test func anUnknownFormatIsAChineseErrorAndWritesNothing() throws {
        let out = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        let result = try CommandRunner.run(
            ["draft", "--scheme", Self.template, "--data", Self.example, "-o", out.path, "--to", "pdf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("reportkit: 不支持输出格式“pdf”"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func badDataNamesTheFileAndLineAndWritesNothing() throws {
        let temp = try CommandRunner.temporaryDirectory()
        let data = temp.appendingPathComponent("data.yml")
        try Data("district: 甲区\nyear: 2022\npoints:\n  A1: 有。\n  Z9: 无此要点。\n".utf8).write(to: data)
        let out = temp.appendingPathComponent("out")
        let result = try CommandRunner.run(
            ["draft", "--scheme", Self.template, "--data", "data.yml", "-o", "out", "--to", "markdown"], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("reportkit: data.yml:5:3: "))
        #expect(result.stderr.contains("“Z9”"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aBadTemplateNamesItsLineAndColumn() throws {
        let temp = try CommandRunner.temporaryDirectory()
        try Data("city: 重庆市\nyear: 2023\ntitle: 方案\nissuer: 机关\nparts:\n  - role: findings\n    heading: 情况\n   categories: []\n".utf8)
            .write(to: temp.appendingPathComponent("t.yml"))
        let result = try CommandRunner.run(
            ["draft", "--scheme", "t.yml", "--data", Self.example, "-o", "out", "--to", "markdown"], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.range(of: #"^reportkit: t\.yml:8:\d+: YAML 格式错误"#, options: .regularExpression) != nil, "\(result.stderr)")
    }

    @Test func theOutputFolderIsCreatedButNeverItsParents() throws {
        let temp = try CommandRunner.temporaryDirectory()
        let out = temp.appendingPathComponent("a/b")
        let result = try CommandRunner.run(
            ["draft", "--scheme", Self.template, "--data", Self.example, "-o", out.path, "--to", "markdown"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("上级文件夹"))
        #expect(!FileManager.default.fileExists(atPath: temp.appendingPathComponent("a").path))
    }
}
