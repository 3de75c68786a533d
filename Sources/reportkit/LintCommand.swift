import ArgumentParser
import Foundation
import ReportKitBuiltins
import ReportLinting
import ReportOutput
import ReportPluginKit
import ReportReading
import ReportReview

/// `reportkit lint FILE...`: checks drafts against the rules and prints the findings.
///
/// Exit codes: 0 no errors; 1 errors (with `--strict`, warnings too); 2 the command could not do its
/// job: bad usage or configuration, a file that could not be read (the other files are still linted
/// and printed), a plugin that failed (the built-in findings are still printed), or a fix that could
/// not be written.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "检查草稿的结构、编号、占位符和标点，并可自动修复。",
        discussion: """
            退出码：0 没有错误；1 发现错误（加 --strict 时警告也算）；2 无法完成检查（用法或配置有误、\
            文件无法读取、插件失败、修复无法写入）。配置文件 .reportkit.yml 从草稿所在文件夹向上查找。
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case human, json, sarif }
    enum TextFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown }
    enum SeverityLevel: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info
        var severity: Severity { Severity(rawValue: rawValue) ?? .info }
    }

    @Argument(help: "要检查的草稿文件（.txt、.md、.docx）。")
    var files: [String] = []

    @Option(name: .long, help: "输出格式：human（默认）、json 或 sarif。")
    var format: OutputFormat = .human

    @Option(name: .long, help: "使用指定的配置文件，而不查找 .reportkit.yml。")
    var config: String?

    @Flag(name: .long, help: "警告也视为失败（退出码 1）。")
    var strict = false

    @Flag(name: .long, help: "就地应用全部安全的自动修复（原文件保存为 FILE.bak），然后报告剩余问题；Word 文档（.docx）的修复以修订方式写入 -o 指定的新文件。")
    var fix = false

    @Flag(name: .long, help: "Word 文档（.docx）：把每个问题作为批注写入 -o 指定的副本（与 --fix 同用时修复为修订、其余为批注）。")
    var annotate = false

    @Option(name: .shortAndLong, help: "与 --annotate 或 Word 文档的 --fix 一起使用：写入的新 Word 文件（不会覆盖原稿）。")
    var output: String?

    @Flag(name: .long, help: "与 -o 一起使用：输出文件已存在时覆盖它。")
    var force = false

    @Option(name: .long, help: "把检查结果另存为问题清单（如 检查结果.xlsx：每个问题一行，含级别、位置、原文、说明和修改建议）。")
    var export: String?

    @Option(name: .customLong("min-severity"), help: "只列出（和写入批注）不低于该级别的问题：error、warning 或 info（默认）。")
    var minSeverity: SeverityLevel = .info

    @Flag(name: .long, help: "以统一差异格式显示自动修复将做的改动，不修改文件。")
    var diff = false

    @Flag(name: .customLong("no-backup"), help: "与 --fix 一起使用：不保留 FILE.bak。")
    var noBackup = false

    @Flag(name: .customLong("no-color"), help: "不使用颜色。")
    var noColor = false

    @Option(name: .customLong("plugin"), help: "外部规则插件命令（可重复）：从标准输入读取报告 JSON，向标准输出写诊断 JSON。")
    var plugins: [String] = []

    @Option(name: .customLong("plugin-timeout"), help: "每个外部插件的时限（秒，默认 10）。")
    var pluginTimeout: Double = ExternalRulePlugin.defaultTimeout

    @Option(name: .customLong("input-format"), help: "按 text 或 markdown 读取草稿（默认按扩展名）。")
    var inputFormat: TextFormat?

    // Scheme coverage (issue 7): see LintSchemes.swift.
    @Option(name: .long, help: "评价方案模板（如 Templates/chongqing/2023.yml）：检查草稿是否按顺序回答了每个评价要点；也可在 .reportkit.yml 中写 scheme:；都未给出时，按草稿引用的方案名称在当前文件夹的 Templates/ 中查找。")
    var scheme: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("请指定至少一个要检查的草稿文件") }
        if fix && diff { throw ValidationError("--fix 与 --diff 不能同时使用：--diff 只显示改动，--fix 才写入文件") }
        if diff && format != .human { throw ValidationError("--diff 输出统一差异格式，不能与 --format \(format.rawValue) 同时使用") }
        if noBackup && !fix { throw ValidationError("--no-backup 只能与 --fix 一起使用") }
        guard pluginTimeout > 0 else { throw ValidationError("--plugin-timeout 必须大于 0 秒") }
        let docx = files.filter { inputFormat == nil && InputFormat(pathExtension: URL(fileURLWithPath: $0).pathExtension) == .docx }
        if diff, let first = docx.first {
            throw ValidationError("\(first): --diff 只用于纯文本或 Markdown 草稿；Word 文档请用 --fix -o 草稿-修订.docx 生成修订稿")
        }
        if annotate || output != nil || (fix && !docx.isEmpty) {
            guard files.count == 1, let draft = docx.first else {
                throw ValidationError("--annotate 和 -o 只用于一个 Word 文档（.docx）：如 reportkit lint 草稿.docx --annotate -o 草稿-批注.docx")
            }
            guard annotate || fix else { throw ValidationError("-o 须与 --annotate 或 --fix 一起使用") }
            guard let output, !output.isEmpty else {
                let stem = URL(fileURLWithPath: draft).deletingPathExtension().lastPathComponent
                throw ValidationError("\(draft): Word 文档的批注和修订写入新文件，不改原稿：请用 -o 指定，如 -o \(stem)-\(fix ? "修订" : "批注").docx")
            }
        }
        if force && output == nil && export == nil { throw ValidationError("--force 只能与 -o 或 --export 一起使用") }
        if let export {
            let suffix = URL(fileURLWithPath: export).pathExtension
            guard BuiltinPlugins.registry.findingsWriter(fileExtension: suffix) != nil else {
                let known = BuiltinPlugins.registry.findingsWriters.map { ".\($0.fileExtension)（\($0.title)）" }.joined(separator: "、")
                throw ValidationError("--export \(export)：不支持的问题清单格式；可用：\(known)")
            }
        }
    }

    func run() throws {
        let registry = BuiltinPlugins.registry
        let resolver = ConfigurationResolver(knownRuleIDs: Set(registry.rules.map(\.metadata.id)), explicit: config)
        // Every configuration is checked before anything is linted: a bad one stops the run.
        let configurations = try files.map { path throws(ConfigurationError) in try resolver.configuration(for: path) }
        // So is every output that would be refused (an existing file without --force, a missing
        // folder, a draft as the output): a long corpus is not linted only to be told so at the end.
        let drafts = files.map { URL(fileURLWithPath: $0) }
        for path in [export, output].compactMap({ $0 }) {
            try AtomicOutput.check(URL(fileURLWithPath: path), displayPath: path, existing: force ? .replace : .refuse, inputs: drafts)
        }
        let linter = FileLinter(
            engine: LintEngine(rules: try LintSchemes(explicit: scheme, files: files, configurations: configurations)
                .rules(registry.rules)),
            plugins: plugins, pluginTimeout: pluginTimeout,
            inputFormat: inputFormat.map { $0 == .markdown ? .markdown : .text })
        let fixer = LintFixer(linter: linter, keepBackup: !noBackup)
        let review = output.map { output in
            LintWordReview(
                plan: ReviewPlan(annotate: annotate, revise: fix, minimumSeverity: minSeverity.severity,
                                 titles: registry.ruleTitles),
                output: output, force: force)
        }
        var results: [FileLintResult] = []
        var failed = false
        for (path, configuration) in zip(files, configurations) {
            var outcome = linter.lint(path: path, configuration: configuration)
            if let readError = outcome.readError {
                Console.error(readError.description)
                failed = true
            } else if let review {
                do {
                    try review.write(outcome, path: path)
                } catch {
                    Console.error(String(describing: error))
                    failed = true
                }
            } else if fix || diff {
                do {
                    outcome = try diff
                        ? fixer.showDiff(outcome, path: path)
                        : fixer.fixInPlace(outcome, path: path, configuration: configuration)
                } catch {
                    Console.error(String(describing: error))
                    failed = true
                }
            }
            for pluginError in outcome.pluginErrors { Console.error("\(path): \(pluginError)") }
            failed = failed || !outcome.pluginErrors.isEmpty
            var result = outcome.result
            // In place and decided once per rule, not once per finding.
            result.diagnostics.configure { _, severity in severity < minSeverity.severity ? nil : severity }
            results.append(result)
        }
        let run = LintRun(files: results)
        if !diff { output(run, rules: registry.rules.map(\.metadata)) }
        if let export {
            do {
                try exportFindings(run, to: export, registry: registry)
            } catch {
                Console.error(String(describing: error))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
        if run.counts.fails(strict: strict) { throw ExitCode(1) }
    }

    /// Writes the findings list (`--export`) atomically, never over a draft.
    private func exportFindings(_ run: LintRun, to path: String, registry: PluginRegistry) throws {
        guard let writer = registry.findingsWriter(fileExtension: URL(fileURLWithPath: path).pathExtension) else { return }
        let findings = FindingsExport.report(run, titles: registry.ruleTitles, checked: Date())
        try AtomicOutput.write(
            to: URL(fileURLWithPath: path), displayPath: path, existing: force ? .replace : .refuse,
            inputs: files.map { URL(fileURLWithPath: $0) }
        ) { temporary in
            do {
                try writer.write(findings, to: temporary)
            } catch let error as WriterError {
                throw OutputError(path: path, detail: error.message)
            }
        }
        Console.note("已导出问题清单 \(path)（\(findings.rows.count) 个问题）")
    }

    /// Prints the report; JSON and SARIF, which can run to hundreds of megabytes for a large corpus,
    /// and the human form leave in chunks as they are written, so that neither is ever held whole.
    private func output(_ run: LintRun, rules: [RuleMetadata]) {
        switch format {
        case .human: HumanFormatter(color: !noColor && Console.stdoutIsColorTerminal).write(run) { Console.out($0) }
        case .json: JSONLintFormatter().write(run) { Console.out(utf8: $0) }
        case .sarif:
            SARIFFormatter(rules: rules, version: ReportKitCommand.configuration.version).write(run) { Console.out(utf8: $0) }
        }
    }
}
