import ArgumentParser
import ReportKitBuiltins
import ReportLinting
import ReportPluginKit

/// `reportkit rules [ID]`: lists every rule, or explains one with its examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "列出全部检查规则，或说明一条规则（含示例）。")

    @Argument(help: "规则编号，如 numbering.gap；不填则列出全部规则。")
    var id: String?

    func validate() throws {
        if let id, BuiltinPlugins.registry.rule(id: id) == nil {
            throw ValidationError("没有编号为“\(id)”的规则；运行 reportkit rules 查看全部规则")
        }
    }

    func run() throws {
        let formatter = RuleCatalogFormatter()
        if let id, let rule = BuiltinPlugins.registry.rule(id: id) {
            Console.out(formatter.explain(rule.metadata))
        } else {
            Console.out(formatter.list(BuiltinPlugins.registry.rules.map(\.metadata)))
        }
    }
}
