import Foundation
import ReportModel
import ReportPluginKit
import YAMLLimits
import Yams

/// Reads `.reportkit.yml` into a `LintConfiguration`, checking every key, rule id, severity and type,
/// and naming the line of the first thing that is wrong.
///
/// ```yaml
/// disabled: [punctuation.range-dash]
/// rules:
///   numbering.style: {severity: error}
///   placeholder.unfilled: {patterns: ["待定"]}
/// placeholders: ["（待补）"]            # shorthand for placeholder.unfilled's `patterns`
/// required-parts: [findings, problems] # shorthand for structure.missing-part's `required`
/// plugins: ["python3 checks/long-sentence.py"]
/// scheme: ../templates/chongqing-2024.yml
/// ```
/// Ids of out-of-process rules start with `custom.`; any such id is accepted.
public struct ConfigurationLoader: Sendable {
    /// The rule ids the configuration may name (the registry's rules).
    public var knownRuleIDs: Set<String>

    public init(knownRuleIDs: Set<String>) { self.knownRuleIDs = knownRuleIDs }

    static let topLevelKeys = ["disabled", "rules", "placeholders", "required-parts", "plugins", "scheme"]

    /// Reads the configuration file at `url`; `displayPath` names it in messages.
    public func load(contentsOf url: URL, displayPath: String? = nil) throws(ConfigurationError) -> LintConfiguration {
        let path = displayPath ?? url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigurationError(path: path, detail: "无法读取配置文件（文件不存在、没有权限或不是 UTF-8 编码）")
        }
        return try load(yaml: text, path: path, directory: url.deletingLastPathComponent().path)
    }

    /// Reads configuration text. `directory` is the folder relative paths (`scheme:`, plugins) start from.
    public func load(yaml: String, path: String, directory: String? = nil) throws(ConfigurationError) -> LintConfiguration {
        var configuration = LintConfiguration(sourcePath: path, pluginDirectory: directory)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw Self.syntaxError(error, path: path)
        }
        guard let root else { return configuration }
        if let line = YAMLExpansionLimit.excessLine(in: root) {
            throw ConfigurationError(path: path, line: line, detail: YAMLExpansionLimit.message)
        }
        guard let mapping = root.mapping else {
            throw ConfigurationError(path: path, line: root.mark?.line, detail: "配置文件的顶层应为“键: 值”的映射")
        }
        var reader = NodeReader(path: path)
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "disabled":
                for (id, node) in try reader.strings(value, key: key) {
                    try checkRuleID(id, node: node, reader: reader)
                    configuration.set(.off, for: id)
                }
            case "rules":
                try readRules(value, into: &configuration, reader: &reader)
            case "placeholders":
                let patterns = try reader.strings(value, key: key).map(\.0)
                configuration.addOption("patterns", .list(patterns), for: "placeholder.unfilled")
            case "required-parts":
                var parts: [String] = []
                for (name, node) in try reader.strings(value, key: key) {
                    guard let role = SectionRole(rawValue: name), role != .other else {
                        let names = SectionRole.allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: "、")
                        throw reader.error(node, "未知的报告部分“\(name)”；可用的有：\(names)")
                    }
                    parts.append(role.rawValue)
                }
                configuration.addOption("required", .list(parts), for: "structure.missing-part")
            case "plugins":
                configuration.plugins += try reader.strings(value, key: key).map(\.0)
            case "scheme":
                let scheme = try reader.string(value, key: key)
                if let directory, !scheme.hasPrefix("/") {
                    configuration.schemePath = URL(fileURLWithPath: directory).appendingPathComponent(scheme).path
                } else {
                    configuration.schemePath = scheme
                }
            default:
                let keys = Self.topLevelKeys.joined(separator: "、")
                throw reader.error(keyNode, "未知的配置项“\(key)”；可用的配置项有：\(keys)")
            }
        }
        return configuration
    }

    private func readRules(_ node: Node, into configuration: inout LintConfiguration, reader: inout NodeReader)
        throws(ConfigurationError)
    {
        guard let rules = node.mapping else {
            throw reader.error(node, "“rules”应为“规则编号: {severity: …, 选项: …}”的映射")
        }
        for (idNode, settings) in rules {
            let id = idNode.scalar?.string ?? ""
            try checkRuleID(id, node: idNode, reader: reader)
            if settings.scalar != nil {
                // `numbering.style: off` — a bare severity.
                configuration.set(try reader.severity(settings), for: id)
                continue
            }
            guard let options = settings.mapping else {
                throw reader.error(settings, "规则“\(id)”的设置应为映射，例如 {severity: warning}")
            }
            for (nameNode, value) in options {
                let name = nameNode.scalar?.string ?? ""
                if name == "severity" {
                    configuration.set(try reader.severity(value), for: id)
                } else {
                    configuration.addOption(name, try reader.optionValue(value, name: name), for: id)
                }
            }
        }
    }

    private func checkRuleID(_ id: String, node: Node, reader: NodeReader) throws(ConfigurationError) {
        guard knownRuleIDs.contains(id) || id.hasPrefix("custom.") else {
            throw reader.error(node, "未知的规则“\(id)”；运行 reportkit rules 查看全部规则（外部插件的规则编号以 custom. 开头）")
        }
    }

    /// A YAML syntax error, with the line libyaml reports.
    static func syntaxError(_ error: any Error, path: String) -> ConfigurationError {
        guard let yamlError = error as? YamlError else {
            return ConfigurationError(path: path, detail: "配置文件不是有效的 YAML")
        }
        let located = YAMLSyntaxMessage.describe(yamlError, subject: "YAML 语法错误")
        return ConfigurationError(path: path, line: located.mark?.line, detail: located.detail)
    }
}
