import Foundation
import ReportLinting
import ReportReading
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// External plugins that misbehave: too much output, children left running after the time limit, and
/// children that keep stdout open after the plugin itself has finished.
@Suite("外部插件：输出上限、进程组、遗留子进程")
struct PluginLimitTests {
    let document = ReportReader.read(text: "一、自查情况\n　　全区共有学校若干所。\n", path: "draft.txt", format: .text)

    /// Whether process `pid` has gone (waiting up to two seconds for it to be reaped).
    static func ended(_ pid: pid_t) -> Bool {
        for _ in 0..<100 {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            // A killed child of an ended shell is a zombie until init reaps it: look at its state.
            if let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               status.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") == true {
                return true
            }
            usleep(20_000)
        }
        return false
    }

    static func pid(in file: URL) throws -> pid_t {
        let text = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(pid_t(text))
    }

    @Test("默认输出上限为 64 MB；超过上限的插件被终止并报告为失败")
    func outputCap() throws {
        #expect(ExternalRulePlugin(command: "true").outputLimit == 64 << 20)
        var plugin = ExternalRulePlugin(command: "yes 教育督导", timeout: 20)
        plugin.outputLimit = 1 << 20
        let start = Date()
        let result = plugin.check(document.report)
        guard case .failure(let error) = result else {
            Issue.record("expected a failure, got \(result)")
            return
        }
        #expect(error.detail.contains("输出超过 1 MB 的上限，已终止"), "\(error.detail)")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("插件结束后仍有子进程占着标准输出：照常读取结果，不算超时，子进程被结束")
    func lingeringChild() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("child.pid")
        let command = "sleep 100 & echo $! > '\(pidFile.path)'; echo '[]'"
        let start = Date()
        let result = ExternalRulePlugin(command: command, timeout: 10).check(document.report)
        #expect(try result.get().isEmpty, "\(result)")
        #expect(Date().timeIntervalSince(start) < 3)
        #expect(Self.ended(try Self.pid(in: pidFile)), "the background sleep is still running")
    }

    @Test("超时：整个进程组（包括后台子进程）都被结束")
    func timeoutKillsTheGroup() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("child.pid")
        let command = "sleep 100 & echo $! > '\(pidFile.path)'; sleep 100"
        let start = Date()
        let result = ExternalRulePlugin(command: command, timeout: 0.5).check(document.report)
        guard case .failure(let error) = result else {
            Issue.record("expected a timeout, got \(result)")
            return
        }
        #expect(error.detail.contains("运行超时"))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(Self.ended(try Self.pid(in: pidFile)), "the background sleep outlived the time limit")
    }
}
