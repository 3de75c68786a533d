import Foundation
import ReportLinting
import ReportReading
import TestSupport
import Testing

/// `reportkit lint` and `reportkit rules` run as a user runs them, checking exit codes and output.
@Suite("reportkit lint (CLI)")
struct LintCommandTests {
    static let placeholderPlugin = "python3 '\(try! Fixtures.url("plugins/fill-placeholder.py").path)'"
    static let examplePlugin = "python3 '\(Repository.root.appendingPathComponent("Examples/plugins/long-sentence.py").path)'"

    /// A temporary folder with copies of the named fixtures.
    func workspace(_ names: String...) throws -> URL {
        let folder = try CommandRunner.temporaryDirectory()
        for name in names { _ = try Fixtures.copy(name, to: folder) }
        return folder
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func rules(in output: [String: Any], file index: Int = 0) -> [String] {
        let files = output["files"] as? [[String: Any]] ?? []
        guard files.indices.contains(index) else { return [] }
        return (files[index]["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    @Test("clean drafts (.txt and .md): exit 0, nothing reported")
    func clean() throws {
        let folder = try workspace("clean-report.txt", "clean-report.md")
        let result = try CommandRunner.run(["lint", "clean-report.txt", "clean-report.md"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "共检查 2 个文件：未发现问题。\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("a missing file is reported with exit 2 while the other file is still linted")
    func missingFileMixedWithGood() throws {
        let folder = try workspace("placeholder.txt")
        let result = try CommandRunner.run(
            ["lint", "absent.txt", "placeholder.txt", "--format", "json", "--plugin", Self.placeholderPlugin], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("reportkit: absent.txt: 文件不存在"))
        let output = try json(result.stdout)
        let files = try #require(output["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["absent.txt", "placeholder.txt"])
        #expect(rules(in: output, file: 0) == ["input.unreadable"])
        #expect(rules(in: output, file: 1).filter { $0 == "custom.placeholder" }.count == 3)
        #expect((output["summary"] as? [String: Int])?["files"] == 2)
    }

    @Test("errors give exit 1; warnings only with --strict")
    func exitCodes() throws {
        let folder = try workspace("placeholder.txt", "long-sentence.txt")
        let errors = try CommandRunner.run(["lint", "placeholder.txt", "--plugin", Self.placeholderPlugin], in: folder)
        #expect(errors.status == 1, "\(errors.stderr)")
        #expect(errors.stdout.contains("placeholder.txt:3:11: 错误 [custom.placeholder] 占位符“ＸＸ”未填写\n"))

        // The example plugin, as a user would run it: a warning; --strict makes it fail.
        let plugin = Self.examplePlugin + " --max 60"
        let warning = try CommandRunner.run(["lint", "long-sentence.txt", "--plugin", plugin, "--format", "json"], in: folder)
        #expect(rules(in: try json(warning.stdout)).contains("custom.long-sentence"))
        let strict = try CommandRunner.run(["lint", "long-sentence.txt", "--plugin", plugin, "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("long-sentence.txt:3:3: 警告 [custom.long-sentence]"))
    }

    @Test(".reportkit.yml beside the draft: plugins run, severities are overridden; a bad one names its line")
    func configurationFile() throws {
        let folder = try workspace("long-sentence.txt")
        let script = Repository.root.appendingPathComponent("Examples/plugins/long-sentence.py").path
        try """
            plugins: ["python3 '\(script)' --max 60"]
            rules:
              custom.long-sentence: {severity: error}
            """.write(to: folder.appendingPathComponent(".reportkit.yml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", "long-sentence.txt"], in: folder)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("错误 [custom.long-sentence]"))

        try "rules:\n  custom.long-sentence: {severity: loud}\n".write(
            to: folder.appendingPathComponent(".reportkit.yml"), atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["lint", "long-sentence.txt"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.hasPrefix("reportkit: .reportkit.yml:2: 无效的级别“loud”"), "\(bad.stderr)")
    }

    @Test("--fix writes atomically, keeps FILE.bak, and re-lints; --no-backup keeps none")
    func fixInPlace() throws {
        let folder = try workspace("placeholder.txt")
        let file = folder.appendingPathComponent("placeholder.txt")
        let original = try String(contentsOf: file, encoding: .utf8)
        let result = try CommandRunner.run(
            ["lint", "placeholder.txt", "--fix", "--format", "json", "--plugin", Self.placeholderPlugin], in: folder)
        #expect(!rules(in: try json(result.stdout)).contains("custom.placeholder"), "\(result.stdout)")
        #expect(result.stderr.contains("placeholder.txt: 已自动修复 3 处，原文件已保存为 placeholder.txt.bak"))
        let fixed = try String(contentsOf: file, encoding: .utf8)
        #expect(fixed == original.replacingOccurrences(of: "ＸＸ", with: "若干"))
        #expect(try String(contentsOf: folder.appendingPathComponent("placeholder.txt.bak"), encoding: .utf8) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)

        let again = try workspace("placeholder.txt")
        _ = try CommandRunner.run(["lint", "placeholder.txt", "--fix", "--no-backup", "--plugin", Self.placeholderPlugin], in: again)
        #expect(try FileManager.default.contentsOfDirectory(atPath: again.path) == ["placeholder.txt"])
    }

    @Test("--diff prints a unified diff and changes nothing")
    func diff() throws {
        let folder = try workspace("placeholder.txt")
        let file = folder.appendingPathComponent("placeholder.txt")
        let before = try Data(contentsOf: file)
        let result = try CommandRunner.run(["lint", "placeholder.txt", "--diff", "--plugin", Self.placeholderPlugin], in: folder)
        #expect(result.stdout.hasPrefix("--- a/placeholder.txt\n+++ b/placeholder.txt\n@@ -1,7 +1,7 @@\n"), "\(result.stdout)")
        #expect(result.stdout.contains("-　　全区共有中小学校ＸＸ所，在校学生ＸＸ人。\n+　　全区共有中小学校若干所，在校学生若干人。\n"))
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["placeholder.txt"])
    }

    @Test("a failing plugin is named on stderr, built-in results are still printed, exit 2")
    func failingPlugin() throws {
        let folder = try workspace("placeholder.txt")
        let result = try CommandRunner.run(
            ["lint", "placeholder.txt", "--format", "json", "--plugin", #"echo '[{"rule": "custom.a", "line": 2, "message": "甲"}]'"#,
             "--plugin", "sleep 20", "--plugin-timeout", "0.5"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("reportkit: placeholder.txt: 插件“sleep 20”运行超时（超过 0.5 秒）"))
        #expect(rules(in: try json(result.stdout)).contains("custom.a"))
    }

    @Test("usage errors: Chinese message, exit 2, no stack trace", arguments: [
        (["lint"], "请指定至少一个要检查的草稿文件"),
        (["lint", "a.txt", "--fix", "--diff"], "--fix 与 --diff 不能同时使用"),
        (["lint", "report.docx", "--fix"], "report.docx: Word 文档的批注和修订写入新文件，不改原稿：请用 -o 指定，如 -o report-修订.docx"),
        (["lint", "report.docx", "--diff"], "report.docx: --diff 只用于纯文本或 Markdown 草稿"),
        (["lint", "a.txt", "b.docx", "--annotate", "-o", "c.docx"], "--annotate 和 -o 只用于一个 Word 文档（.docx）"),
        (["lint", "a.txt", "--format", "xml"], "命令行参数有误"),
        (["rules", "numbering.nonexistent"], "没有编号为“numbering.nonexistent”的规则"),
        (["parse", "absent.txt"], "absent.txt: 文件不存在"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments, in: try CommandRunner.temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("reportkit: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("sarif output from the command is a SARIF 2.1.0 log")
    func sarif() throws {
        let folder = try workspace("placeholder.txt")
        let result = try CommandRunner.run(
            ["lint", "placeholder.txt", "--format", "sarif", "--plugin", Self.placeholderPlugin], in: folder)
        let log = try json(result.stdout)
        #expect(log["version"] as? String == "2.1.0")
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.filter { $0["ruleId"] as? String == "custom.placeholder" }.count == 3)
    }

    @Test("reportkit rules lists every rule and explains each one")
    func rulesCommand() throws {
        let list = try CommandRunner.run(["rules"])
        #expect(list.status == 0)
        let ids = list.stdout.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first.map(String.init).flatMap { $0.contains(".") ? $0 : nil }
        }
        for id in ids {
            let explained = try CommandRunner.run(["rules", id])
            #expect(explained.status == 0)
            #expect(explained.stdout.hasPrefix("\(id)："))
            #expect(explained.stdout.contains("默认级别："))
        }
    }
}

/// Behaviour that depends on the terminal or on the bytes of the file.
@Suite("reportkit lint (CLI): terminal and encodings")
struct LintCommandEnvironmentTests {
    static let finding = #"echo '[{"rule": "custom.a", "severity": "error", "line": 1, "column": 5, "endLine": 1, "endColumn": 7, "message": "甲", "fix": {"line": 1, "column": 5, "endLine": 1, "endColumn": 7, "replacement": "情况"}}]'"#

    @Test("colour on a terminal, none with --no-color or through a pipe",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colour() throws {
        let folder = try CommandRunner.temporaryDirectory()
        try "　　自查清况良好。\n".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let piped = try CommandRunner.run(["lint", "a.txt", "--plugin", Self.finding], in: folder)
        #expect(piped.stdout.contains("a.txt:1:5: 错误 [custom.a] 甲"))
        #expect(!piped.stdout.contains("\u{1B}["))
        let coloured = try shell("script -qec \"'\(CommandRunner.executable.path)' lint a.txt --plugin \\\"\\$PLUGIN\\\"\" /dev/null", folder)
        #expect(coloured.contains("\u{1B}[1;31m错误\u{1B}[0m"), "\(coloured)")
        let plain = try shell("script -qec \"'\(CommandRunner.executable.path)' lint a.txt --no-color --plugin \\\"\\$PLUGIN\\\"\" /dev/null", folder)
        #expect(plain.contains("a.txt:1:5: 错误 [custom.a] 甲"))
        #expect(!plain.contains("\u{1B}["))
    }

    /// Runs a shell command with the test plugin in `$PLUGIN`, returning stdout.
    func shell(_ command: String, _ folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PLUGIN"] = Self.finding
        environment.removeValue(forKey: "NO_COLOR")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("--fix keeps a GB18030 draft in GB18030 and its CRLF line ends")
    func fixKeepsEncoding() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("gbk.txt")
        let original = "　　自查清况良好。\r\n二、存在问题\r\n"
        try TextEncoding.encode(original, as: .gb18030).write(to: file)
        let result = try CommandRunner.run(["lint", "gbk.txt", "--fix", "--plugin", Self.finding], in: folder)
        #expect(result.stderr.contains("gbk.txt: 已自动修复 1 处"), "\(result.stderr)")
        let fixed = try SourceText(data: Data(contentsOf: file), path: "gbk.txt")
        #expect(fixed.encoding == .gb18030)
        #expect(fixed.text == "　　自查情况良好。\r\n二、存在问题\r\n")
        let backup = try SourceText(data: Data(contentsOf: folder.appendingPathComponent("gbk.txt.bak")), path: "bak")
        #expect(backup.text == original)
    }
}
