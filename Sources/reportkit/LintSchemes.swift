import ArgumentParser
import Foundation
import ReportDrafting
import ReportLinting
import ReportModel
import ReportPluginKit

/// The evaluation schemes `reportkit lint` checks drafts against: `--scheme TEMPLATE` for every
/// draft, or else the `scheme:` of each draft's `.reportkit.yml`. Each template is loaded once; a bad
/// one stops the run before anything is linted (exit code 2, naming its file, line and column).
struct LintSchemes {
    /// The scheme for each draft path as given on the command line.
    private(set) var byDraft: [String: EvaluationScheme] = [:]

    init(explicit: String?, files: [String], configurations: [LintConfiguration]) throws {
        var loaded: [String: EvaluationScheme] = [:]
        for (file, configuration) in zip(files, configurations) {
            guard let path = explicit ?? configuration.schemePath else { continue }
            if loaded[path] == nil {
                do {
                    loaded[path] = try SchemeTemplateLoader.load(contentsOf: URL(fileURLWithPath: path), displayPath: path)
                } catch {
                    throw ValidationError(error.description)
                }
            }
            byDraft[file] = loaded[path]
        }
    }

    /// The rules, each seeing its draft's scheme in `RuleContext.extensions` (unchanged without schemes).
    func rules(_ rules: [any ReportRule]) -> [any ReportRule] {
        byDraft.isEmpty ? rules : rules.map { SchemeContextRule(base: $0, schemes: byDraft) }
    }
}

/// A rule run with the evaluation scheme of the draft it checks put into its context.
struct SchemeContextRule: ReportRule {
    let base: any ReportRule
    let schemes: [String: EvaluationScheme]

    var metadata: RuleMetadata { base.metadata }

    func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let scheme = schemes[report.path] else { return base.check(report, context: context) }
        var context = context
        context.extensions[EvaluationScheme.contextKey] = scheme
        return base.check(report, context: context)
    }
}
