import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading
import TestSupport
import Testing

/// The lint machinery on the real government texts: every finding points inside its line, the
/// human underline sits under the right characters, and every output format is well formed.
@Suite("Lint on the seeds", .enabled(if: Seeds.available, Seeds.skipMessage))
struct SeedLintTests {
    static let plugin = "python3 '\(Repository.root.appendingPathComponent("Examples/plugins/long-sentence.py").path)' --max 120"

    @Test("findings point inside their lines and the underline aligns under them", arguments: ["000", "001", "002", "003", "004"])
    func seed(prefix: String) throws {
        let linter = FileLinter(engine: LintEngine(rules: [KeywordRule()]), plugins: [Self.plugin])
        var configuration = LintConfiguration()
        configuration.addOption("words", .list(["教育"]), for: "test.keyword")
        let path = Seeds.url(prefix).path
        let outcome = linter.lint(path: path, configuration: configuration)
        #expect(outcome.readError == nil)
        #expect(outcome.pluginErrors.isEmpty, "\(outcome.pluginErrors)")
        let result = outcome.result
        #expect(result.diagnostics.contains { $0.ruleID == "test.keyword" })
        #expect(Array(result.diagnostics) == LintEngine.sorted(Array(result.diagnostics)))
        for diagnostic in result.diagnostics {
            let line = try #require(outcome.document?.line(diagnostic.range.start.line))
            let characters = Array(line)
            #expect(diagnostic.range.start.column <= characters.count)
            if diagnostic.ruleID == "test.keyword" {
                let start = diagnostic.range.start.column - 1
                #expect(String(characters[start..<(start + 2)]) == "教育")
                let underline = HumanFormatter.underline(line: line, range: diagnostic.range)
                let blanks = underline.prefix { $0 == " " || $0 == "\t" }
                #expect(blanks.count == DisplayWidth.of(String(characters[..<start])) || blanks.contains("\t"))
                #expect(underline.dropFirst(blanks.count) == "^~~~")
            }
        }
        // Every format renders; JSON and SARIF parse.
        let run = LintRun(files: [result])
        #expect(HumanFormatter().format(run).hasSuffix("个提示。\n"))
        for output in [JSONLintFormatter().format(run), SARIFFormatter(rules: [KeywordRule().metadata]).format(run)] {
            #expect(try JSONSerialization.jsonObject(with: Data(output.utf8)) is [String: Any])
        }
    }

    @Test("fixing every keyword in seed 001 leaves none, and the diff has one changed line per line fixed")
    func fixSeed() throws {
        let source = try SourceText(data: Data(contentsOf: Seeds.url("001")), path: "001.txt")
        let document = ReportReader.read(text: source.text, path: "001.txt", format: .text)
        var configuration = LintConfiguration()
        configuration.addOption("words", .list(["教育"]), for: "test.keyword")
        let engine = LintEngine(rules: [KeywordRule()])
        let before = engine.lint(document.report, configuration: configuration)
        let fixed = FixApplier.apply(before.compactMap(\.fix), to: document.lines)
        #expect(fixed.skipped.isEmpty)
        let after = ReportReader.read(text: fixed.lines.joined(separator: "\n"), path: "001.txt", format: .text)
        #expect(engine.lint(after.report, configuration: configuration).isEmpty)
        let diff = UnifiedDiff.make(old: document.lines, new: fixed.lines, path: "001.txt")
        let changedLines = Set(before.map(\.range.start.line)).count
        #expect(diff.split(separator: "\n").filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }.count == changedLines)
    }
}
