import Foundation
import ReportLinting
import ReportModel
@testable import ReportPluginKit
import ReportReading
import Testing

/// The engine runs the rules that read every text first, whatever their place in the list, and
/// frees the decoded texts before the others run (`RuleMetadata.readsEveryText`).
@Suite struct TextPhaseTests {
    /// What the probe rules saw, in the order they ran.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        func add(_ entry: String) { lock.withLock { entries.append(entry) } }
        var all: [String] { lock.withLock { entries } }
    }

    struct Probe: ReportRule {
        let log: Log
        let readsTexts: Bool

        var metadata: RuleMetadata {
            RuleMetadata(
                id: readsTexts ? "test.reads-texts" : "test.reads-figures", title: "测试", rationale: "仅供测试。",
                defaultSeverity: .info, readsEveryText: readsTexts, triggeringExamples: [], nonTriggeringExamples: [])
        }

        func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
            if readsTexts {
                log.add("texts: \(RuleText.all(in: report, context: context).count)")
            } else {
                log.add("others: texts held \(context.memo.holds(RuleText.contextKey))")
            }
            return []
        }
    }

    @Test func textReadersRunFirstAndTheirTextsAreFreedBeforeTheRest() {
        let log = Log()
        let report = ReportReader.read(text: "一、自查情况\n　　本区共有学校27所。\n", path: "草稿.txt", format: .text).report
        let engine = LintEngine(rules: [Probe(log: log, readsTexts: false), Probe(log: log, readsTexts: true)])
        _ = engine.lint(report)
        #expect(log.all == ["texts: 2", "others: texts held false"])
    }
}
