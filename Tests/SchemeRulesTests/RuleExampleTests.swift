import ReportModel
import ReportPluginKit
import ReportReading
import SchemeRules
import Testing

/// Each scheme rule's documented examples: triggering ones report exactly at their `↓` marks (also
/// behind a prefix of full-width spaces, to catch column bugs), non-triggering ones report nothing.
struct RuleExampleTests {
    static let rules: [any ReportRule] = [PointMissingRule(), SchemeOrderRule()]

    static func marks(in text: String, prefix: String) -> [SourcePosition] {
        var result: [SourcePosition] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            var column = prefix.count + 1
            for character in line {
                if character == "↓" { result.append(SourcePosition(line: index + 1, column: column)) } else { column += 1 }
            }
        }
        return result
    }

    static func indented(_ text: String, _ prefix: String) -> String {
        text.components(separatedBy: "\n").map { $0.isEmpty ? $0 : prefix + $0 }.joined(separator: "\n")
    }

    static func check(_ rule: any ReportRule, _ example: RuleExample, prefix: String) -> [Diagnostic] {
        let report = ReportReader.read(text: indented(example.cleanText, prefix), path: "example.txt", format: .text).report
        return rule.check(report, context: RuleContext(ruleOptions: [rule.metadata.id: example.options]))
    }

    @Test(arguments: ["", "　　"])
    func triggeringExamplesReportAtTheirMarks(prefix: String) {
        for rule in Self.rules {
            #expect(!rule.metadata.triggeringExamples.isEmpty)
            for example in rule.metadata.triggeringExamples {
                let found = Self.check(rule, example, prefix: prefix)
                #expect(found.map(\.range.start) == Self.marks(in: example.text, prefix: prefix), "\(rule.metadata.id)")
                #expect(found.allSatisfy { $0.ruleID == rule.metadata.id && $0.severity == rule.metadata.defaultSeverity })
            }
        }
    }

    @Test func nonTriggeringExamplesReportNothing() {
        for rule in Self.rules {
            for example in rule.metadata.nonTriggeringExamples {
                #expect(Self.check(rule, example, prefix: "").isEmpty, "\(rule.metadata.id): \(example.text)")
            }
        }
    }

    @Test func withoutASchemeTheRulesDoNothing() {
        for rule in Self.rules {
            for example in rule.metadata.triggeringExamples {
                let report = ReportReader.read(text: example.cleanText, path: "example.txt", format: .text).report
                #expect(rule.check(report, context: RuleContext()).isEmpty)
            }
        }
    }
}
