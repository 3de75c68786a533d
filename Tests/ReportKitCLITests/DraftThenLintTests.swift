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

    /// The 2023 example lints clean; the 2022 template has no 文号 for its scheme, so the opening keeps
    /// one placeholder for it, which lint reports (and nothing else).
    @Test(arguments: [("2023.yml", "data.yml", 0), ("2022.yml", "data-2022.yml", 1)])
    func draftingAnExampleThenLintingFindsNothing(template: String, data: String, placeholders: Int) throws {
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
        // Once per file (md, txt, docx).
        #expect(try Self.rules(lint.stdout) == Array(repeating: "placeholder.unfilled", count: 3 * placeholders))
        #expect(lint.status == (placeholders == 0 ? 0 : 1), "\(lint.stdout)")
        if placeholders > 0 { #expect(lint.stdout.contains("【待填写：评价方案文号】")) }
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
        // 13 unanswered points, 基本情况, 开展自查工作情况, 工作成效, 存在问题, 整改措施, 4 indicators,
        // and 主送机关, 落款单位, 成文日期.
        #expect(Set(rules) == ["placeholder.unfilled"], "\(lint.stdout)")
        #expect(rules.count == 13 + 5 + 4 + 3)
        for field in ["主送机关", "落款单位", "成文日期"] { #expect(lint.stdout.contains("【待填写：\(field)】")) }
    }
}

/// A template with a rectification part, drafted with its items, lints clean: the part is known to
/// lint's structure and coverage, not taken for an unanswered point or a stray heading.
struct RectificationLintTests {
    @Test func aDraftWithARectificationPartLintsClean() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let template = try String(contentsOfFile: DraftCommandTests.template, encoding: .utf8).replacingOccurrences(
            of: "  - role: nextSteps\n    heading: 整改措施\n",
            with: "  - role: nextSteps\n    heading: 整改措施\n  - role: rectification\n    heading: 上一轮反馈问题整改情况\n")
        #expect(template.contains("rectification"))
        try template.write(to: temp.appendingPathComponent("模板.yml"), atomically: true, encoding: .utf8)
        let example = try String(contentsOfFile: DraftCommandTests.example, encoding: .utf8)
        try (example + "\nrectification:\n  - {title: 关于学前教育公办率偏低的问题, text: 新建公办幼儿园3所，公办园在园幼儿占比提高到52.7%。}\n")
            .write(to: temp.appendingPathComponent("data.yml"), atomically: true, encoding: .utf8)
        let draft = try CommandRunner.run(
            ["draft", "--scheme", "模板.yml", "--data", "data.yml", "-o", "out", "--to", "markdown,docx"], in: temp)
        #expect(draft.status == 0, "\(draft.stderr)")
        let markdown = try String(contentsOf: temp.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("七、上一轮反馈问题整改情况"))
        #expect(markdown.contains("关于学前教育公办率偏低的问题"))
        let lint = try CommandRunner.run(
            ["lint", "out/report.md", "out/report.docx", "--scheme", "模板.yml", "--strict", "--format", "json"], in: temp)
        #expect(try DraftThenLintTests.rules(lint.stdout) == [], "\(lint.stdout)")
        #expect(lint.status == 0)
    }
}
