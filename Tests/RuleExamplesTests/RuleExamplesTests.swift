import ReportModel
import ReportPluginKit
import ReportReading
import Testing

/// The one example runner. Every built-in rule's documentation is its test: triggering examples find
/// exactly the marked places, non-triggering examples find nothing, corrections fix what they promise
/// through the product's own `FixApplier` — all again behind the usual full-width paragraph indent,
/// so that a column counted in bytes or UTF-16 units shows up.
@Suite struct RuleExamplesTests {
    static let prefixes = ["", "　　"]

    @Test(arguments: allRules.map(\.metadata.id))
    func examples(_ id: String) throws {
        let rule = rule(id)
        let metadata = rule.metadata
        #expect(id.split(separator: ".").count == 2, "id should be family.name")
        #expect(metadata.title.unicodeScalars.contains { $0.value >= 0x4E00 }, "title should be Chinese")
        #expect(metadata.rationale.count >= 20)
        #expect(!metadata.triggeringExamples.isEmpty)
        #expect(!metadata.nonTriggeringExamples.isEmpty)
        #expect(metadata.isFixable == !metadata.corrections.isEmpty, "fixable rules show corrections, others none")

        for prefix in Self.prefixes {
            for example in metadata.triggeringExamples {
                let marked = MarkedText(MarkedText.prefixingLines(example.text, with: prefix))
                #expect(!marked.marks.isEmpty, "a triggering example needs a ↓ mark: \(example.text)")
                let diagnostics = run(rule, on: marked.text, options: example.options)
                let found = diagnostics.map(\.range.start).sorted()
                #expect(found == marked.marks.sorted(), "prefix “\(prefix)”, example: \(example.text)\n\(describe(diagnostics))")
                for diagnostic in diagnostics {
                    #expect(diagnostic.ruleID == id)
                    #expect(diagnostic.severity == metadata.defaultSeverity)
                    #expect(diagnostic.message.unicodeScalars.contains { $0.value >= 0x4E00 })
                    #expect(diagnostic.range.start < diagnostic.range.end)
                    if diagnostic.fix != nil { #expect(metadata.isFixable) }
                }
            }
            for example in metadata.nonTriggeringExamples {
                let text = MarkedText.prefixingLines(example.text, with: prefix)
                let diagnostics = run(rule, on: text, options: example.options)
                #expect(diagnostics.isEmpty, "prefix “\(prefix)”, example: \(example.text)\n\(describe(diagnostics))")
            }
            // Corrections run with the options of the first triggering example (a scheme rule's scheme).
            let correctionOptions = metadata.triggeringExamples.first?.options ?? RuleOptions()
            for correction in metadata.corrections {
                let before = MarkedText.prefixingLines(correction.before, with: prefix)
                let after = MarkedText.prefixingLines(correction.after, with: prefix)
                let fixes = run(rule, on: before, options: correctionOptions).compactMap(\.fix)
                #expect(!fixes.isEmpty, "no fix for: \(correction.before)")
                let fixed = ProductFixes.apply(fixes, to: before)
                #expect(fixed.text == after, "prefix “\(prefix)”")
                #expect(fixed.skipped.isEmpty, "overlapping fixes for: \(correction.before)")
                let again = run(rule, on: after, options: correctionOptions)
                #expect(again.isEmpty, "after fixing: \(after)\n\(describe(again))")
            }
        }
    }

    private func run(_ rule: any ReportRule, on text: String, options: RuleOptions) -> [Diagnostic] {
        let report = ReportReader.read(text: text, path: "example.txt", format: .text).report
        let context = RuleContext(ruleOptions: [rule.metadata.id: options])
        return rule.check(report, context: context)
    }
}

/// Diagnostics as `line:column message`, for failure messages.
func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column) [\($0.ruleID)] \($0.message)" }
        .joined(separator: "\n")
}
