import Foundation
import Testing
import TestSupport

/// `reportkit lint --scheme TEMPLATE` and `scheme:` in `.reportkit.yml`: scheme coverage of seed 001.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct LintSchemeTests {
    static let template2022 = Repository.root.appendingPathComponent("Templates/chongqing/2022.yml").path

    /// A copy of seed 001 in a fresh folder, without the lines that start with `removing`.
    static func seed001(removing prefix: String? = nil) throws -> (folder: URL, file: URL) {
        let folder = try CommandRunner.temporaryDirectory()
        var lines = try Seeds.text("001").components(separatedBy: "\n")
        if let prefix { lines.removeAll { $0.hasPrefix(prefix) } }
        let file = folder.appendingPathComponent("渝北.txt")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    /// The scheme findings of a `--format json` run: (rule, line, column, message).
    static func schemeFindings(_ stdout: String) throws -> [(String, Int, Int, String)] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        return files.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }.compactMap { diagnostic in
            guard let rule = diagnostic["rule"] as? String, rule.hasPrefix("scheme.") else { return nil }
            return (rule, diagnostic["line"] as? Int ?? 0, diagnostic["column"] as? Int ?? 0, diagnostic["message"] as? String ?? "")
        }
    }

    @Test func seed001AnswersEveryPointOfThe2022Scheme() throws {
        let (_, file) = try Self.seed001()
        let result = try CommandRunner.run(["lint", file.path, "--scheme", Self.template2022, "--format", "json"])
        #expect(result.status != 2, "\(result.stderr)")
        #expect(try Self.schemeFindings(result.stdout).isEmpty)
    }

    @Test func aRemovedPointIsAnErrorWithItsTitle() throws {
        let (_, file) = try Self.seed001(removing: "12.")
        let result = try CommandRunner.run(["lint", file.path, "--scheme", Self.template2022, "--format", "json"])
        #expect(result.status == 1)
        let findings = try Self.schemeFindings(result.stdout)
        #expect(findings.count == 1)
        #expect(findings.first?.0 == "scheme.point-missing")
        #expect(findings.first?.1 == 54)
        #expect(findings.first?.2 == 1)
        #expect(findings.first?.3.contains("扎实抓好“双减”工作落实落地") == true)
    }

    @Test func theSchemeCanComeFromTheConfigurationFile() throws {
        let (folder, file) = try Self.seed001(removing: "38.")
        try "scheme: \(Self.template2022)\n".write(
            to: folder.appendingPathComponent(".reportkit.yml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", file.path, "--format", "json"])
        let findings = try Self.schemeFindings(result.stdout)
        #expect(findings.map(\.0) == ["scheme.point-missing"])
        #expect(findings.first?.3.contains("切实规范职业学校学生实习") == true)
    }

    @Test func withoutASchemeNothingIsCheckedAgainstOne() throws {
        let (_, file) = try Self.seed001(removing: "12.")
        let result = try CommandRunner.run(["lint", file.path, "--format", "json"])
        #expect(try Self.schemeFindings(result.stdout).isEmpty)
    }

    @Test func aBadTemplateStopsTheRunNamingItsLine() throws {
        let (folder, file) = try Self.seed001()
        let template = folder.appendingPathComponent("方案.yml")
        try "city: 重庆市\nyear: 2022\ntitle: 方案\nissuer: 机关\nparts:\n  - role: findings\n    heading: 自查情况\ncategories: []\npatterns: {}\n"
            .write(to: template, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", file.path, "--scheme", template.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("reportkit: \(template.path):8:13: "), "\(result.stderr)")
        #expect(result.stderr.contains("不能为空"))
        #expect(result.stdout.isEmpty)
    }
}
