import ReportKitBuiltins
import ReportPluginKit

/// The rules these tests cover: every rule of the built-in list, as the CLI and the server have it.
let allRules: [any ReportRule] = BuiltinPlugins.rules

/// The rule with `id`, for parameterised tests.
func rule(_ id: String) -> any ReportRule {
    guard let rule = allRules.first(where: { $0.metadata.id == id }) else { fatalError("no rule \(id)") }
    return rule
}
