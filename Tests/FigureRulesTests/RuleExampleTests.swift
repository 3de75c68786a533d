import FigureRules
import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import Testing

/// This plugin's own copy of the example runner: every triggering example yields findings exactly
/// at its `↓` marks, every non-triggering example yields none; both again behind a wide indent.
struct RuleExampleTests {
    static let rules: [any ReportRule] = FigureRules.all

    /// The `(line, column)` of each `↓` in `text`, counted in Characters once the marks are removed.
    static func marks(in text: String) -> [SourcePosition] {
        var positions: [SourcePosition] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for character in line {
                if character == "↓" {
                    positions.append(SourcePosition(line: lineIndex + 1, column: column))
                } else {
                    column += 1
                }
            }
        }
        return positions
    }

    /// Indents every non-blank line by `prefix`.
    static func indented(_ text: String, prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? String(line) : prefix + line
        }.joined(separator: "\n")
    }

    static func diagnostics(
        _ rule: any ReportRule, _ example: RuleExample, text: String, format: InputFormat
    ) -> [Diagnostic] {
        let clean = text.replacingOccurrences(of: "↓", with: "")
        let document = ReportReader.read(text: clean, path: "example", format: format)
        let context = RuleContext(ruleOptions: [rule.metadata.id: example.options], today: (2026, 1, 1))
        // An example the reader did not see as body text would pass vacuously.
        #expect(!document.report.allBlocks.isEmpty, "\(clean)")
        return rule.check(document.report, context: context)
    }

    static let cases: [(String, Int)] = rules.flatMap { rule in
        rule.metadata.triggeringExamples.indices.map { (rule.metadata.id, $0) }
    }

    static let quietCases: [(String, Int)] = rules.flatMap { rule in
        rule.metadata.nonTriggeringExamples.indices.map { (rule.metadata.id, $0) }
    }

    static func rule(_ id: String) throws -> any ReportRule {
        try #require(rules.first { $0.metadata.id == id })
    }

    static let variants: [(String, InputFormat)] = [("", .markdown), ("　　", .markdown), ("", .text), ("　　", .text)]

    @Test(arguments: cases, variants)
    func triggeringExampleFindsItsMarks(_ testCase: (String, Int), variant: (String, InputFormat)) throws {
        let rule = try Self.rule(testCase.0)
        let example = rule.metadata.triggeringExamples[testCase.1]
        let text = Self.indented(example.text, prefix: variant.0)
        let expected = Self.marks(in: text)
        #expect(!expected.isEmpty, "a triggering example needs a ↓ mark")
        let found = Self.diagnostics(rule, example, text: text, format: variant.1)
        #expect(found.map(\.range.start).sorted() == expected.sorted(), "\(text)\n\(found.map(\.message))")
        for diagnostic in found {
            #expect(diagnostic.ruleID == rule.metadata.id)
            #expect(diagnostic.severity == rule.metadata.defaultSeverity)
            #expect(!diagnostic.message.isEmpty)
        }
    }

    @Test(arguments: quietCases, variants)
    func nonTriggeringExampleIsQuiet(_ testCase: (String, Int), variant: (String, InputFormat)) throws {
        let rule = try Self.rule(testCase.0)
        let example = rule.metadata.nonTriggeringExamples[testCase.1]
        let text = Self.indented(example.text, prefix: variant.0)
        let found = Self.diagnostics(rule, example, text: text, format: variant.1)
        #expect(found.isEmpty, "\(text)\n\(found.map(\.message))")
    }

    @Test func everyRuleHasFullMetadata() {
        #expect(Self.rules.count == 7)
        for rule in Self.rules {
            let metadata = rule.metadata
            #expect(metadata.id.split(separator: ".").count == 2)
            #expect(metadata.title.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
            #expect(!metadata.rationale.isEmpty)
            #expect(!metadata.triggeringExamples.isEmpty)
            #expect(!metadata.nonTriggeringExamples.isEmpty)
        }
    }
}
