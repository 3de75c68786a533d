import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport

@Test func scratchDump() throws {
    for seed in ["000", "001", "002", "003", "004"] {
        let text = try Seeds.text(seed)
        let document = ReportReader.read(text: text, path: seed, format: .text)
        let context = RuleContext()
        var all: [Diagnostic] = []
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        elapsed = .seconds(1)
        for _ in 0..<50 {
            all = []
            let t = clock.measure {
                for rule in allRules { all += rule.check(document.report, context: context) }
            }
            elapsed = min(elapsed, t)
        }
        for rule in allRules {
            var n = 0
            var best = Duration.seconds(1)
            for _ in 0..<50 { best = min(best, clock.measure { n = rule.check(document.report, context: context).count }) }
            print("    \(rule.metadata.id): \(best) \(n)")
        }
        let parse = clock.measure { for _ in 0..<20 { _ = ReportReader.read(text: text, path: seed, format: .text) } }
        print("    parse: \(parse / 20)")
        print("=== \(seed): \(all.count) diagnostics, \(elapsed) per lint (best of 50)")
        for d in all.sorted(by: { $0.range.start < $1.range.start }) {
            let line = document.line(d.range.start.line) ?? ""
            let chars = Array(line)
            let s = max(0, d.range.start.column - 1), e = min(chars.count, d.range.start.line == d.range.end.line ? d.range.end.column - 1 : chars.count)
            let excerpt = s < e ? String(chars[s..<e]) : "?"
            print("\(d.range.start.line):\(d.range.start.column) [\(d.ruleID)] «\(excerpt)» \(d.message)\(d.fix.map { " FIX→" + $0.replacement } ?? "")")
        }
    }
}

@Test func scratchStyle() throws {
    let text = try Seeds.text("001")
    let document = ReportReader.read(text: text, path: "001", format: .text)
    let diagnostics = rule("numbering.style").check(document.report, context: RuleContext())
    print(describe(diagnostics))
    print(document.report.sections[1].children.map { "\($0.marker!.raw) \($0.marker!.style)" })
}
