import Foundation
import ReportModel
import ReportPluginKit
import ReportScheme

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
    /// The text goes through the YAML node reader templates and district data use: the same Chinese
    /// syntax messages, the same tolerance of a full-width colon or space from a Chinese input method.
    public func load(yaml: String, path: String, directory: String? = nil) throws(ConfigurationError) -> LintConfiguration {
        var configuration = LintConfiguration(sourcePath: path, pluginDirectory: directory)
        guard yaml.contains(where: { !$0.isWhitespace }), !Self.isOnlyComments(yaml) else { return configuration }
        let root: YAMLNode
        do {
            root = try YAMLNode.parse(yaml, path: path)
        } catch {
            throw ConfigurationError(path: path, line: error.line, detail: error.detail)
        }
        guard root.isMapping else {
            throw Self.notAMapping(root, "配置文件的顶层应为“键: 值”的映射")
        }
        for (key, keyNode, value) in try entries(of: root) {
            switch key {
            case "disabled":
                for (id, node) in try strings(value, key: key) {
                    try checkRuleID(id, node: node)
                    configuration.set(.off, for: id)
                }
            case "rules":
                try readRules(value, into: &configuration)
            case "placeholders":
                let patterns = try strings(value, key: key).map(\.0)
                configuration.addOption("patterns", .list(patterns), for: "placeholder.unfilled")
            case "required-parts":
                var parts: [String] = []
                for (name, node) in try strings(value, key: key) {
                    guard let role = SectionRole(rawValue: name), role != .other else {
                        let names = SectionRole.allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: "、")
                        throw Self.error(node, "未知的报告部分“\(name)”；可用的有：\(names)")
                    }
                    parts.append(role.rawValue)
                }
                configuration.addOption("required", .list(parts), for: "structure.missing-part")
            case "plugins":
                configuration.plugins += try strings(value, key: key).map(\.0)
            case "scheme":
                let scheme = try string(value, key: key)
                if let directory, !scheme.hasPrefix("/") {
                    configuration.schemePath = URL(fileURLWithPath: directory).appendingPathComponent(scheme).path
                } else {
                    configuration.schemePath = scheme
                }
            default:
                let keys = Self.topLevelKeys.joined(separator: "、")
                throw Self.error(keyNode, "未知的配置项“\(key)”；可用的配置项有：\(keys)")
            }
        }
        return configuration
    }

    private func readRules(_ node: YAMLNode, into configuration: inout LintConfiguration) throws(ConfigurationError) {
        guard node.isMapping else {
            throw Self.notAMapping(node, "“rules”应为“规则编号: {severity: …, 选项: …}”的映射")
        }
        for (id, idNode, settings) in try entries(of: node) {
            try checkRuleID(id, node: idNode)
            if settings.isScalar {
                // `numbering.style: off` — a bare severity.
                configuration.set(try severity(settings), for: id)
                continue
            }
            guard settings.isMapping else {
                throw Self.notAMapping(settings, "规则“\(id)”的设置应为映射，例如 {severity: warning}")
            }
            for (name, _, value) in try entries(of: settings) {
                if name == "severity" {
                    configuration.set(try severity(value), for: id)
                } else {
                    configuration.addOption(name, try optionValue(value, name: name), for: id)
                }
            }
        }
    }

    private func checkRuleID(_ id: String, node: YAMLNode) throws(ConfigurationError) {
        guard knownRuleIDs.contains(id) || id.hasPrefix("custom.") else {
            throw Self.error(node, "未知的规则“\(id)”；运行 reportkit rules 查看全部规则（外部插件的规则编号以 custom. 开头）")
        }
    }

    /// Whether the text has nothing but comments (an empty configuration, not an error).
    private static func isOnlyComments(_ yaml: String) -> Bool {
        yaml.split(whereSeparator: \.isNewline).allSatisfy {
            let line = $0.drop { $0.isWhitespace }
            return line.isEmpty || line.hasPrefix("#") || line == "---" || line == "..."
        }
    }
}
