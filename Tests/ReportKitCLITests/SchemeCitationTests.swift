import Foundation
import Testing
import TestSupport

/// `scheme.citation` through `reportkit lint --scheme`: the template's title, issuer and number.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct SchemeCitationTests {
    static let template2023 = Repository.root.appendingPathComponent("Templates/chongqing/2023.yml").path

    /// A copy of seed 002 in a fresh folder, with `old` replaced by `new` when given.
    static func seed002(replacing old: String? = nil, with new: String = "") throws -> URL {
        let folder = try CommandRunner.temporaryDirectory()
        var text = try Seeds.text("002")
        if let old {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = folder.appendingPathComponent("荣昌.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func seed002CitesThe2023SchemeExactly() throws {
        let file = try Self.seed002()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["lint", file.path, "--scheme", Self.template2023, "--format", "json"])
        #expect(result.status != 2, "\(result.stderr)")
        #expect(try LintSchemeTests.schemeFindings(result.stdout).filter { $0.0 == "scheme.citation" }.isEmpty)
    }

    @Test func aGarbledTitleAndAWrongNumberAreReportedWithTheTemplatesForms() throws {
        let file = try Self.seed002(replacing: "2023年对区县人民政府履行教育职责评价方案的函》（渝教函〔2023〕464号）",
                                    with: "2023年区县人民政府履行教育职责评价方案的函》（渝教函〔2023〕46号）")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["lint", file.path, "--scheme", Self.template2023, "--format", "json"])
        #expect(result.status == 1)
        let findings = try LintSchemeTests.schemeFindings(result.stdout).filter { $0.0 == "scheme.citation" }
        #expect(findings.count == 2)
        #expect(findings.first?.3.contains("《2023年对区县人民政府履行教育职责评价方案》") == true)
        #expect(findings.first?.3.contains("少了“对”") == true)
        #expect(findings.last?.3.contains("渝教函〔2023〕464号") == true)
    }
}
