import ReportModel
@testable import ReportPluginKit
import ReportReading
import Testing

/// The engine runs the rules that say they read every text first and then frees the decoded texts
/// (`RuleMetadata.readsEveryText`): a rule that reads them without saying so decodes them again
/// (and holds them beside a long table's findings), one that says so without reading them runs out
/// of its place. Each rule's own triggering examples show which it is.
@Suite struct TextReadingDeclarationTests {
    @Test(arguments: allRules.map(\.metadata.id))
    func aRuleSaysWhetherItReadsEveryText(_ id: String) {
        let rule = rule(id)
        var asked = false
        for example in rule.metadata.triggeringExamples {
            let report = ReportReader.read(text: MarkedText(example.text).text, path: "example.txt", format: .text).report
            let context = RuleContext(ruleOptions: [id: example.options])
            _ = rule.check(report, context: context)
            asked = asked || context.memo.holds(RuleText.contextKey)
        }
        #expect(asked == rule.metadata.readsEveryText, "\(id): reads every text: \(asked)")
    }
}
