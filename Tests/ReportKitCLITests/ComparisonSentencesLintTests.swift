import Foundation
import Testing
import TestSupport

/// The drafter's comparisons — 个百分点 for a rate, 与上年持平, 减少/下降 — draft clean and lint clean.
struct ComparisonSentencesLintTests {
    @Test func comparisonsDraftAndLintClean() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let example = try String(contentsOfFile: DraftCommandTests.example, encoding: .utf8)
        let anchor = "    last_year: 179350\n"
        #expect(example.contains(anchor))
        let data = example.replacingOccurrences(of: anchor, with: anchor + """
              - {name: 学前三年毛入园率, unit: "%", value: 93.40, last_year: 92.25}
              - {name: 专任教师, unit: 人, value: 5120, last_year: 5120}
              - {name: 中小学校数, unit: 所, value: 160, last_year: 167}

            """)
        try Data(data.utf8).write(to: temp.appendingPathComponent("data.yml"))
        let draft = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "data.yml", "-o", "草稿", "--to", "markdown"], in: temp)
        #expect(draft.status == 0, "\(draft.stderr)")
        let markdown = try String(contentsOf: temp.appendingPathComponent("草稿/report.md"), encoding: .utf8)
        #expect(markdown.contains("学前三年毛入园率93.40%，比上年提高1.15个百分点；专任教师5120人，与上年持平；中小学校数160所，比上年的167所减少7所，下降4.19%"))
        let lint = try CommandRunner.run(["lint", "草稿/report.md"], in: temp)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("未发现问题"), "\(lint.stdout)")
    }
}
