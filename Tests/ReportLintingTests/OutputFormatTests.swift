import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading
import Testing

@Suite("Output formats")
struct OutputFormatTests {
    /// Two files: one with a fixable warning behind a full-width indent and an error, one unreadable.
    let run: LintRun = {
        let lines = ["一、自查情况", "　　全区共有学校ＸＸ所，这是测试。"]
        let keyword = Diagnostic(
            ruleID: "test.keyword", severity: .warning, message: "出现了“测试”",
            range: SourceRange(line: 2, column: 16, length: 2),
            fix: Fix(range: SourceRange(line: 2, column: 16, length: 2), replacement: "检验"))
        let placeholder = Diagnostic(
            ruleID: "custom.placeholder", severity: .error, message: "占位符“ＸＸ”未填写",
            range: SourceRange(line: 2, column: 9, length: 2))
        return LintRun(files: [
            FileLintResult(path: "青禾/draft.txt", diagnostics: [placeholder, keyword], lines: SourceLines(lines)),
            .unreadable(path: "missing.txt", line: nil, detail: "文件不存在"),
        ])
    }()

    @Test("json: exactly the documented shape and key order")
    func json() throws {
        let expected = """
            {
              "files": [
                {
                  "path": "青禾/draft.txt",
                  "diagnostics": [
                    {
                      "rule": "custom.placeholder",
                      "severity": "error",
                      "line": 2,
                      "column": 9,
                      "endLine": 2,
                      "endColumn": 11,
                      "message": "占位符“ＸＸ”未填写"
                    },
                    {
                      "rule": "test.keyword",
                      "severity": "warning",
                      "line": 2,
                      "column": 16,
                      "endLine": 2,
                      "endColumn": 18,
                      "message": "出现了“测试”",
                      "fix": {
                        "line": 2,
                        "column": 16,
                        "endLine": 2,
                        "endColumn": 18,
                        "replacement": "检验"
                      }
                    }
                  ]
                },
                {
                  "path": "missing.txt",
                  "diagnostics": [
                    {
                      "rule": "input.unreadable",
                      "severity": "error",
                      "line": 1,
                      "column": 1,
                      "endLine": 1,
                      "endColumn": 1,
                      "message": "文件不存在"
                    }
                  ]
                }
              ],
              "summary": {
                "files": 2,
                "errors": 2,
                "warnings": 1,
                "infos": 0
              }
            }

            """
        let output = JSONLintFormatter().format(run)
        #expect(output == expected)
        // And it is valid JSON.
        #expect(try JSONSerialization.jsonObject(with: Data(output.utf8)) is [String: Any])
    }

    @Test("json strings escape quotes, backslashes and control characters")
    func jsonEscaping() throws {
        let value = JSONValue.object([("s", .string("a\"b\\c\nd\u{01}"))])
        #expect(value.serialized() == "{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001\"\n}")
        let parsed = try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: String]
        #expect(parsed?["s"] == "a\"b\\c\nd\u{01}")
    }

    @Test("sarif: 2.1.0 with driver rules, results, locations and fixes")
    func sarif() throws {
        let rule = KeywordRule().metadata
        let output = SARIFFormatter(rules: [rule], version: "0.1.0").format(run)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "reportkit")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["test.keyword", "custom.placeholder", "input.unreadable"])
        #expect((rules[0]["shortDescription"] as? [String: Any])?["text"] as? String == "测试关键词")
        #expect((rules[0]["fullDescription"] as? [String: Any])?["text"] as? String == rule.rationale)
        #expect((rules[0]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")

        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["custom.placeholder", "test.keyword", "input.unreadable"])
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "error"])
        #expect((results[1]["message"] as? [String: Any])?["text"] as? String == "出现了“测试”")
        let location = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "%E9%9D%92%E7%A6%BE/draft.txt")
        let region = try #require(location["region"] as? [String: Int])
        #expect(region == ["startLine": 2, "startColumn": 16, "endLine": 2, "endColumn": 18])
        #expect(results[0]["fixes"] == nil)
        let fix = try #require((results[1]["fixes"] as? [[String: Any]])?.first)
        let replacement = try #require(
            ((fix["artifactChanges"] as? [[String: Any]])?.first?["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == region)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "检验")
    }

    @Test("sarif maps info to note")
    func sarifNote() throws {
        let info = Diagnostic(ruleID: "test.today", severity: .info, message: "m", range: SourceRange(line: 1, column: 1, length: 1))
        let output = SARIFFormatter(rules: []).format(LintRun(files: [FileLintResult(path: "a.txt", diagnostics: [info], lines: [])]))
        #expect(output.contains("\"level\": \"note\""))
    }

    @Test("human: heading line, quoted line, underline under the CJK text, summary")
    func human() {
        let output = HumanFormatter(color: false).format(run)
        let expected = """
            青禾/draft.txt:2:9: 错误 [custom.placeholder] 占位符“ＸＸ”未填写
                　　全区共有学校ＸＸ所，这是测试。
                                ^~~~
            青禾/draft.txt:2:16: 警告 [test.keyword] 出现了“测试”
                　　全区共有学校ＸＸ所，这是测试。
                                              ^~~~
            共检查 2 个文件：2 个错误，1 个警告，0 个提示（其中 1 个文件无法读取）。

            """
        #expect(output == expected)
        #expect(!output.contains("\u{1B}["))
    }

    @Test("the underline starts at the display column of the span", arguments: [
        ("　　这是测试。", 5, 2, "        ^~~~"),  // two full-width spaces and 这是: 8 columns; 测试: 4
        ("1.abc测试", 6, 2, "     ^~~~"),         // ASCII is one column each
        ("\t测试", 2, 1, "\t^~"),                 // a tab stays a tab
        ("ab\t测\t试验", 6, 2, "  \t  \t^~~~"),    // blanks between tabs, as wide as what they stand for
        ("测试", 3, 0, "    ^"),                  // an empty span at the end of the line
    ])
    func underline(line: String, column: Int, length: Int, expected: String) {
        let range = SourceRange(line: 1, column: column, length: length)
        #expect(HumanFormatter.underline(line: line, range: range) == expected)
        let caret = HumanFormatter.underline(line: line, range: range)
        let before = String(line.prefix(column - 1))
        if !line.contains("\t") { #expect(DisplayWidth.of(caret.prefix { $0 == " " }) == DisplayWidth.of(before)) }
    }

    @Test("display width: CJK and full-width count two, ASCII and “ ” one")
    func displayWidth() {
        #expect(DisplayWidth.of("　　") == 4)
        #expect(DisplayWidth.of("教育") == 4)
        #expect(DisplayWidth.of("（一）") == 6)
        #expect(DisplayWidth.of("ＸＸ，") == 6)
        #expect(DisplayWidth.of("abc 1.") == 6)
        #expect(DisplayWidth.of("“”") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("human: colour codes only when asked; no findings says so")
    func colourAndEmpty() {
        let coloured = HumanFormatter(color: true).format(run)
        #expect(coloured.contains("\u{1B}[1;31m错误\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33m警告\u{1B}[0m"))
        let empty = HumanFormatter().format(LintRun(files: [FileLintResult(path: "a.txt", diagnostics: [], lines: [])]))
        #expect(empty == "共检查 1 个文件：未发现问题。\n")
    }
}
