import Foundation
import ReportModel
import ReportQuantities
import ReportPluginKit
import ReportReading

/// Lints one draft end to end: reads it (an unreadable file becomes an `input.unreadable` finding,
/// not an abort), runs the built-in rules and the out-of-process plugins, and applies the
/// configuration to everything found.
public struct FileLinter: Sendable {
    /// One file's result, with the plugin failures met on the way (reported, never fatal).
    public struct Outcome: Sendable {
        public var result: FileLintResult
        public var pluginErrors: [PluginError]
        /// The draft as read (nil when it could not be read).
        public var document: SourceDocument?
        /// Why the draft could not be read, if it could not.
        public var readError: ReadError?
    }

    public var engine: LintEngine
    /// Plugins given on the command line (`--plugin`), run in the current folder.
    public var plugins: [String]
    public var pluginTimeout: Double
    /// The format to read drafts in, or nil to go by extension.
    public var inputFormat: InputFormat?

    public init(
        engine: LintEngine, plugins: [String] = [], pluginTimeout: Double = ExternalRulePlugin.defaultTimeout,
        inputFormat: InputFormat? = nil
    ) {
        self.engine = engine
        self.plugins = plugins
        self.pluginTimeout = pluginTimeout
        self.inputFormat = inputFormat
    }

    /// Reads and lints the draft at `path` (as the user gave it).
    public func lint(path: String, configuration: LintConfiguration) -> Outcome {
        let document: SourceDocument
        do {
            document = try ReportReader.read(contentsOf: URL(fileURLWithPath: path), displayPath: path, format: inputFormat)
        } catch {
            return Outcome(
                result: .unreadable(path: path, line: error.line, detail: error.detail), pluginErrors: [], document: nil,
                readError: error)
        }
        return lint(document, path: path, configuration: configuration)
    }

    /// Lints a draft already read (after `--fix`, the fixed text).
    public func lint(_ document: SourceDocument, path: String, configuration: LintConfiguration) -> Outcome {
        var diagnostics = engine.findings(in: document.report, configuration: configuration)
        var errors: [PluginError] = []
        let commands = configuration.plugins.map { ($0, configuration.pluginDirectory) } + plugins.map { ($0, nil) }
        if !commands.isEmpty {
            var external: [Diagnostic] = []
            do {
                // Streamed to a temporary file that each plugin reads as its stdin: held in memory,
                // a long report's JSON took more than the rest of the lint.
                let input = try PluginInputFile(report: document.report)
                for (command, directory) in commands {
                    let plugin = ExternalRulePlugin(command: command, directory: directory, timeout: pluginTimeout)
                    switch plugin.check(reportJSONFile: input.path) {
                    case .success(let found): external += found
                    case .failure(let error): errors.append(error)
                    }
                }
            } catch {
                errors += commands.map { PluginError(command: $0.0, detail: "无法把报告的 JSON 写入临时文件夹（已满或不可写），未运行") }
            }
            // Added to the compact list, then configured and sorted with the rest at once (configuring
            // the built-in findings again changes nothing).
            if !external.isEmpty {
                diagnostics.append(contentsOf: external)
                LintEngine.configure(&diagnostics, with: configuration)
            }
        }
        var result = FileLintResult(path: path, diagnostics: diagnostics, lines: document.lines)
        result.paragraphLocator = document.paragraphLocator
        return Outcome(result: result, pluginErrors: errors, document: document, readError: nil)
    }
}
