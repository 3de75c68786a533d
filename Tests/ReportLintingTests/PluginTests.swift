import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading
import TestSupport
import Testing

@Suite("Out-of-process plugins")
struct PluginTests {
    let document = ReportReader.read(
        text: "一、自查情况\n　　全区共有学校ＸＸ所。\n二、存在问题\n　　在校学生ＸＸ人。\n", path: "draft.txt", format: .text)

    @Test("a plugin reads the report JSON on stdin and its diagnostics are read back")
    func goodPlugin() throws {
        let script = try Fixtures.url("plugins/fill-placeholder.py").path
        let result = ExternalRulePlugin(command: "python3 '\(script)'").check(document.report)
        let diagnostics = LintEngine.sorted(try result.get())  // the plugin prints them in its own order
        #expect(diagnostics.map(\.ruleID) == ["custom.placeholder", "custom.placeholder"])
        #expect(diagnostics.map(\.range) == [
            SourceRange(line: 2, column: 9, length: 2), SourceRange(line: 4, column: 7, length: 2),
        ])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.fix?.replacement == "若干")
    }

    @Test("a bare array is accepted; severity defaults to warning and the end to the start")
    func bareArray() throws {
        let command = #"cat > /dev/null; echo '[{"rule": "custom.a", "line": 2, "column": 3, "message": "甲"}]'"#
        let diagnostics = try ExternalRulePlugin(command: command).check(document.report).get()
        #expect(diagnostics == [Diagnostic(
            ruleID: "custom.a", severity: .warning, message: "甲", range: SourceRange(line: 2, column: 3, length: 0))])
    }

    @Test("the plugin sees the JSON of parse --format json without its indentation")
    func sameJSON() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let captured = folder.appendingPathComponent("stdin.json")
        _ = ExternalRulePlugin(command: "cat > '\(captured.path)'; echo '{\"diagnostics\": []}'").check(document.report)
        let data = try Data(contentsOf: captured)
        let indented = try ReportJSON.encode(document.report)
        #expect(String(decoding: data, as: UTF8.self) == (try SortedJSONEncoder.string(document.report, layout: .compact)))
        #expect(!data.contains(UInt8(ascii: "\n")) && data.count * 2 < indented.utf8.count)
        #expect(try ReportJSON.decode(data) == document.report)
    }

    @Test("failures name the plugin and say what went wrong", arguments: [
        ("echo 'traceback: boom' >&2; exit 3", "运行失败（退出码 3）：traceback: boom"),
        ("no-such-reportkit-plugin-command", "无法运行（找不到命令）"),
        ("echo '{\"diagnostics\": [oops'", "输出的不是有效的 JSON"),
        ("echo '{\"findings\": []}'", "输出的 JSON 不是诊断列表"),
        ("echo '[{\"rule\": \"custom.a\", \"severity\": \"fatal\", \"line\": 1, \"message\": \"m\"}]'", "级别“fatal”无效"),
        ("true", "没有输出任何内容"),
    ])
    func failingPlugin(command: String, detail: String) throws {
        let result = ExternalRulePlugin(command: command).check(document.report)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.command == command)
        #expect(error.description.hasPrefix("插件“\(command)”"))
        #expect(error.detail.contains(detail), "\(error.detail)")
    }

    @Test("a hanging plugin is killed at the timeout, children included")
    func hangingPlugin() throws {
        let start = Date()
        let result = ExternalRulePlugin(command: "sleep 30 | cat", timeout: 0.3).check(document.report)
        let elapsed = Date().timeIntervalSince(start)
        guard case .failure(let error) = result else {
            Issue.record("expected a timeout")
            return
        }
        #expect(error.detail.contains("运行超时（超过 0.3 秒）"))
        #expect(elapsed < 5)
    }

    @Test("a plugin that ignores its stdin still works, even with a large report")
    func ignoresInput() throws {
        let big = String(repeating: "　　全区共有学校三十二所，在校学生四万一千人。\n", count: 5000)
        let report = ReportReader.read(text: "一、自查情况\n" + big, path: "big.txt", format: .text).report
        let diagnostics = try ExternalRulePlugin(command: "echo '[]'").check(report).get()
        #expect(diagnostics.isEmpty)
    }

    @Test("the example plugin flags long sentences with their position",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func examplePlugin() throws {
        let script = Repository.root.appendingPathComponent("Examples/plugins/long-sentence.py").path
        let document = try Fixtures.document("long-sentence.txt")
        let diagnostics = try ExternalRulePlugin(command: "python3 '\(script)' --max 60").check(document.report).get()
        #expect(diagnostics.count == 1)
        let finding = try #require(diagnostics.first)
        #expect(finding.ruleID == "custom.long-sentence")
        #expect(finding.severity == .warning)
        #expect(finding.range.start == SourcePosition(line: 3, column: 3))
        #expect(finding.message.contains("超过 60 个字"))
        #expect(try ExternalRulePlugin(command: "python3 '\(script)'").check(document.report).get().isEmpty)
    }
}
