import ReportPluginKit
import ReportScheme

/// Typed values of `.reportkit.yml`, read from the shared YAML nodes; a wrong type is a
/// `ConfigurationError` naming the node's line.
extension ConfigurationLoader {
    static func error(_ node: YAMLNode, _ detail: String) -> ConfigurationError {
        ConfigurationError(path: node.path, line: node.line, detail: detail)
    }

    /// A value that should be a mapping: `detail`, unless a full-width colon from a Chinese input
    /// method ("numbering.style：off") made it one string, which is then named.
    static func notAMapping(_ node: YAMLNode, _ detail: String) -> ConfigurationError {
        let colon = node.node.scalar?.string.contains(FullWidthTolerance.fullWidthColon) == true
        return error(node, colon ? YAMLNode.fullWidthColonDetail : detail)
    }

    /// A mapping's keys (as text), key nodes and values, in file order.
    func entries(of node: YAMLNode) throws(ConfigurationError) -> [(String, YAMLNode, YAMLNode)] {
        do {
            return try node.mapping("配置").entries.map { ($0.key, $0.keyNode, $0.value) }
        } catch {
            throw ConfigurationError(path: error.path, line: error.line, detail: error.detail)
        }
    }

    /// A scalar as text.
    func string(_ node: YAMLNode, key: String) throws(ConfigurationError) -> String {
        guard let scalar = node.node.scalar else { throw Self.error(node, "“\(key)”应为一个字符串") }
        return scalar.string
    }

    /// A list of scalars (a single scalar counts as a list of one), each with its node for messages.
    func strings(_ node: YAMLNode, key: String) throws(ConfigurationError) -> [(String, YAMLNode)] {
        if let scalar = node.node.scalar { return [(scalar.string, node)] }
        guard node.node.sequence != nil, let items = try? node.sequence(key) else {
            throw Self.error(node, "“\(key)”应为列表，例如 [a, b]")
        }
        var values: [(String, YAMLNode)] = []
        for item in items {
            guard let scalar = item.node.scalar else { throw Self.error(item, "“\(key)”的每一项都应为字符串") }
            values.append((scalar.string, item))
        }
        return values
    }

    /// `error`, `warning`, `info` or `off` (also the Chinese words 错误、警告、提示、关闭).
    func severity(_ node: YAMLNode) throws(ConfigurationError) -> LintConfiguration.SeveritySetting {
        let text = node.node.scalar?.string ?? ""
        switch text.lowercased() {
        case "error", "错误": return .level(.error)
        case "warning", "警告": return .level(.warning)
        case "info", "提示": return .level(.info)
        case "off", "关闭", "false", "no": return .off
        default: throw Self.error(node, "无效的级别“\(text)”；应为 error、warning、info 或 off")
        }
    }

    /// A rule option: a string, number, boolean, or a list of strings.
    func optionValue(_ node: YAMLNode, name: String) throws(ConfigurationError) -> RuleOptionValue {
        if let scalar = node.node.scalar {
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            switch scalar.string {
            case "true", "True", "TRUE", "yes", "on": return .bool(true)
            case "false", "False", "FALSE", "no", "off": return .bool(false)
            default: break
            }
            if let number = Double(scalar.string), scalar.string.first.map({ $0.isNumber || $0 == "-" || $0 == "+" }) == true {
                return .number(number)
            }
            return .string(scalar.string)
        }
        if node.node.sequence != nil { return .list(try strings(node, key: name).map(\.0)) }
        throw Self.error(node, "选项“\(name)”的值应为字符串、数字、布尔值或字符串列表")
    }
}

extension YAMLNode {
    var isMapping: Bool { node.mapping != nil }
    var isScalar: Bool { node.scalar != nil }
}
