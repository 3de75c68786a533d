import DocumentRules
import FigureRules
import NumberingRules
import ReportPluginKit
import StructureRules
import SchemeRules
import TypographyRules
import WordingRules

/// The rules these tests cover: every built-in rule of the rule plugins.
let allRules: [any ReportRule] =
    StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all + FigureRules.all
    + WordingRules.all + SchemeRules.all

/// The rule with `id`, for parameterised tests.
func rule(_ id: String) -> any ReportRule {
    guard let rule = allRules.first(where: { $0.metadata.id == id }) else { fatalError("no rule \(id)") }
    return rule
}
