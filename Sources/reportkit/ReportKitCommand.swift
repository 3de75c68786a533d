import ArgumentParser

/// `reportkit`: draft, render and lint district self-evaluation reports on education duties.
@main
struct ReportKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportkit",
        abstract: "区县人民政府履行教育职责自查自评报告：起草、排版与检查。",
        version: "0.1.0",
        subcommands: [ParseCommand.self, LintCommand.self, RulesCommand.self, RenderCommand.self, DraftCommand.self, ServeCommand.self, ServeJobCommand.self])
}
