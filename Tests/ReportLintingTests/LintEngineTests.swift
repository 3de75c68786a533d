import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading
import Testing

@Suite("LintEngine")
struct LintEngineTests {
    let engine = LintEngine(rules: [KeywordRule(), TodayRule()])
    let document = ReportReader.read(
        text: "一、自查情况\n　　这是测试，再测试一次。\n二、存在问题\n　　没有测试。\n", path: "draft.txt", format: .text)

    @Test("defaults: every rule at its default severity, sorted by position, counted")
    func defaults() {
        let diagnostics = engine.lint(document.report, today: (2024, 3, 15))
        #expect(diagnostics.map(\.ruleID) == ["test.today", "test.keyword", "test.keyword", "test.keyword"])
        #expect(diagnostics.map(\.range.start) == [
            SourcePosition(line: 1, column: 3), SourcePosition(line: 2, column: 5),
            SourcePosition(line: 2, column: 9), SourcePosition(line: 4, column: 5),
        ])
        #expect(diagnostics[0].message == "今天是2024年3月15日")
        #expect(LintEngine.counts(diagnostics) == SeverityCounts(errors: 0, warnings: 3, infos: 1))
    }

    @Test("disabled rules do not run; severity overrides apply; options reach the rule")
    func configurationOverrides() {
        var configuration = LintConfiguration()
        configuration.set(.off, for: "test.today")
        configuration.set(.level(.error), for: "test.keyword")
        configuration.addOption("words", .list(["没有"]), for: "test.keyword")
        let diagnostics = engine.lint(document.report, configuration: configuration, today: (2024, 3, 15))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.ruleID == "test.keyword")
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message == "出现了“没有”")
        #expect(diagnostics.first?.range == SourceRange(line: 4, column: 3, length: 2))
        #expect(LintEngine.counts(diagnostics).fails(strict: false))
    }

    @Test("today comes from the system clock when not given")
    func todayFromClock() throws {
        let diagnostics = LintEngine(rules: [TodayRule()]).lint(document.report)
        let today = LintClock.today()
        #expect(today.year >= 2024 && (1...12).contains(today.month) && (1...31).contains(today.day))
        #expect(try #require(diagnostics.first).message == "今天是\(today.year)年\(today.month)月\(today.day)日")
    }

    @Test("findings from plugins take the configuration too")
    func configureExternal() {
        var configuration = LintConfiguration()
        configuration.set(.level(.error), for: "custom.b")
        configuration.set(.off, for: "custom.c")
        let found = [
            Diagnostic(ruleID: "custom.b", severity: .warning, message: "b", range: SourceRange(line: 3, column: 1, length: 1)),
            Diagnostic(ruleID: "custom.a", severity: .warning, message: "a", range: SourceRange(line: 1, column: 4, length: 1)),
            Diagnostic(ruleID: "custom.c", severity: .warning, message: "c", range: SourceRange(line: 1, column: 1, length: 1)),
        ]
        let configured = LintEngine.configure(found, with: configuration)
        #expect(configured.map(\.ruleID) == ["custom.a", "custom.b"])
        #expect(configured.map(\.severity) == [.warning, .error])
    }

    @Test("strict makes warnings fail")
    func strictCounts() {
        let counts = SeverityCounts(errors: 0, warnings: 2, infos: 5)
        #expect(!counts.fails(strict: false))
        #expect(counts.fails(strict: true))
        #expect(!SeverityCounts(infos: 3).fails(strict: true))
    }
}
