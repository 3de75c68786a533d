import ReportPluginKit
import ReportReading
import SchemeRules
import Testing

/// The scheme rules' examples run in RuleExamplesTests with every other rule's; here, what only the
/// coverage rules promise: without a scheme they say nothing, even on their own triggering examples.
struct SchemeRuleExampleTests {
    @Test func withoutASchemeTheRulesDoNothing() {
        for rule: any ReportRule in [PointMissingRule(), SchemeOrderRule()] {
            #expect(!rule.metadata.triggeringExamples.isEmpty)
            for example in rule.metadata.triggeringExamples {
                let report = ReportReader.read(text: example.cleanText, path: "example.txt", format: .text).report
                #expect(rule.check(report, context: RuleContext()).isEmpty, "\(rule.metadata.id)")
            }
        }
    }
}
