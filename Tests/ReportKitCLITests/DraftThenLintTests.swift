import Foundation
import Testing
import TestSupport

/// The quick start: draft the example, then lint the draft. The example answers everything, so
/// lint finds nothing; a draft from thin data finds only the placeholders left on purpose.
struct DraftThenLintTests {
    static let template = DraftCommandTests.template

    static func rules(_ stdout: String) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        return files.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }.compactMap { $0["rule"] as? String }
    }

    @Test func theCommittedExampleOutputsLintClean() throws {
        let folder = Repository.root.appendingPathComponent("Examples/青溪区")
        let result = try CommandRunner.run([
            "lint", folder.appendingPathComponent("report.md").path, folder.appendingPathComponent("report.txt").path,
            "--scheme", Self.template, "--strict", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try Self.rules(result.stdout) == [])
    }

    @Test(arguments: [("2023.yml", "data.yml"), ("2022.yml", "data-2022.yml")])
    func draftingAnExampleThenLintingFindsNothing(template: String, data: String) throws {
        let scheme = Repository.root.appendingPathComponent("Templates/chongqing/\(template)").path
        let out = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        let draft = try CommandRunner.run([
            "draft", "--scheme", scheme, "--data", Repository.root.appendingPathComponent("Examples/青溪区/\(data)").path,
            "-o", out.path, "--to", "markdown,text,docx",
        ])
        #expect(draft.status == 0, "\(draft.stderr)")
        let lint = try CommandRunner.run(
            ["lint"] + ["md", "txt", "docx"].map { out.appendingPathComponent("report.\($0)").path }
                + ["--scheme", scheme, "--strict", "--format", "json"])
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(try Self.rules(lint.stdout) == [])
    }

    @Test func aDraftFromThinDataReportsOnlyItsPlaceholders() throws {
        let temp = try CommandRunner.temporaryDirectory()
        try "district: 甲区\nyear: 2022\npoints:\n  C5: 课后服务实现全覆盖。\n".write(
            to: temp.appendingPathComponent("data.yml"), atomically: true, encoding: .utf8)
        let draft = try CommandRunner.run(
            ["draft", "--scheme", Self.template, "--data", "data.yml", "-o", "out", "--to", "markdown"], in: temp)
        #expect(draft.status == 0, "\(draft.stderr)")
        let lint = try CommandRunner.run(
            ["lint", "out/report.md", "--scheme", Self.template, "--format", "json"], in: temp)
        let rules = try Self.rules(lint.stdout)
        // 13 unanswered points, 基本情况, 开展自查工作情况, 工作成效, 存在问题, 整改措施, and 4 indicators.
        #expect(Set(rules) == ["placeholder.unfilled"], "\(lint.stdout)")
        #expect(rules.count == 13 + 5 + 4)
    }
}
