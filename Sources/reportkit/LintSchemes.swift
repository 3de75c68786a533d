import ArgumentParser
import Foundation
import ReportDrafting
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportScheme

/// The evaluation schemes `reportkit lint` checks drafts against: `--scheme TEMPLATE` for every
/// draft, or else the `scheme:` of each draft's `.reportkit.yml`, or else the template under
/// `Templates/` whose title the draft cites (`SchemeDetection`). Each given template is loaded once;
/// a bad one stops the run before anything is linted (exit code 2, naming its file, line and column).
struct LintSchemes {
    /// The scheme for each draft path as given on the command line.
    private(set) var byDraft: [String: EvaluationScheme] = [:]
    /// For drafts without a given scheme, the templates one may cite.
    private(set) var detection: SchemeDetection?

    init(explicit: String?, files: [String], configurations: [LintConfiguration],
         templates: URL = URL(fileURLWithPath: "Templates", isDirectory: true)) throws {
        var loaded: [String: EvaluationScheme] = [:]
        if explicit == nil, configurations.contains(where: { $0.schemePath == nil }) {
            let candidates = SchemeDetection.templates(in: templates)
            if !candidates.isEmpty { detection = SchemeDetection(candidates: candidates) }
        }
        for (file, configuration) in zip(files, configurations) {
            guard let path = explicit ?? configuration.schemePath else { continue }
            if loaded[path] == nil {
                do {
                    loaded[path] = try SchemeTemplateLoader.load(
                        contentsOf: URL(fileURLWithPath: path), displayPath: path, checkingPatterns: false)
                } catch {
                    throw ValidationError(error.description)
                }
            }
            byDraft[file] = loaded[path]
        }
    }

    /// The rules, each given its draft's scheme (`RuleContext.attach`; unchanged without schemes).
    func rules(_ rules: [any ReportRule]) -> [any ReportRule] {
        byDraft.isEmpty && detection == nil
            ? rules : rules.map { SchemeContextRule(base: $0, schemes: byDraft, detection: detection) }
    }
}

/// A rule run with the evaluation scheme of the draft it checks put into its context.
struct SchemeContextRule: ReportRule {
    let base: any ReportRule
    let schemes: [String: EvaluationScheme]
    var detection: SchemeDetection?

    var metadata: RuleMetadata { base.metadata }

    func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let scheme = schemes[report.path] ?? detection?.scheme(for: report) else {
            return base.check(report, context: context)
        }
        var context = context
        context.attach(scheme)
        return base.check(report, context: context)
    }
}
