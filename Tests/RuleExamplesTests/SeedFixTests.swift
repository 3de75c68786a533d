import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport

/// Fixes are safe on real documents: applying every fix of every rule to a seed leaves nothing to
/// fix, and creates no new problem (no unpaired mark, no gap, no new placeholder).
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct SeedFixTests {
    static func lint(_ text: String) -> [Diagnostic] {
        let report = ReportReader.read(text: text, path: "seed.txt", format: .text).report
        return allRules.flatMap { $0.check(report, context: RuleContext()) }
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func fixingASeedLeavesNothingToFix(_ seed: String) throws {
        let text = try Seeds.text(seed)
        let before = Self.lint(text)
        let fixes = before.compactMap(\.fix)
        let fixed = ProductFixes.apply(fixes, to: text).text
        let after = Self.lint(fixed)
        #expect(after.allSatisfy { $0.fix == nil }, "\(describe(after.filter { $0.fix != nil }))")
        // Unfixable findings stay as they were: fixing never creates an unpaired mark or a gap.
        let unfixable = { (diagnostics: [Diagnostic]) in
            diagnostics.filter { $0.fix == nil }.map { "\($0.ruleID) \($0.range.start.line)" }.sorted()
        }
        #expect(unfixable(after) == unfixable(before))
        if seed == "001" { #expect(fixes.count > 300) }
    }
}
