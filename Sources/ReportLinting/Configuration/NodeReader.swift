import ReportPluginKit
import Yams

/// Reads typed values out of YAML nodes, turning a wrong type into a `ConfigurationError` that names
/// the node's line.
struct NodeReader {
    let path: String

    func error(_ node: Node, _ detail: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node.mark?.line, detail: detail)
    }

    /// A scalar as text.
    func string(_ node: Node, key: String) throws(ConfigurationError) -> String {
        guard let scalar = node.scalar else { throw error(node, "“\(key)”应为一个字符串") }
        return scalar.string
    }

    /// A list of scalars (a single scalar counts as a list of one), each with its node for messages.
    func strings(_ node: Node, key: String) throws(ConfigurationError) -> [(String, Node)] {
        if let scalar = node.scalar { return [(scalar.string, node)] }
        guard let sequence = node.sequence else { throw error(node, "“\(key)”应为列表，例如 [a, b]") }
        var values: [(String, Node)] = []
        for element in sequence {
            guard let scalar = element.scalar else { throw error(element, "“\(key)”的每一项都应为字符串") }
            values.append((scalar.string, element))
        }
        return values
    }

    /// `error`, `warning`, `info` or `off` (also the Chinese words 错误、警告、提示、关闭).
    func severity(_ node: Node) throws(ConfigurationError) -> LintConfiguration.SeveritySetting {
        let text = node.scalar?.string ?? ""
        switch text.lowercased() {
        case "error", "错误": return .level(.error)
        case "warning", "警告": return .level(.warning)
        case "info", "提示": return .level(.info)
        case "off", "关闭", "false", "no": return .off
        default: throw error(node, "无效的级别“\(text)”；应为 error、warning、info 或 off")
        }
    }

    /// A rule option: a string, number, boolean, or a list of strings.
    func optionValue(_ node: Node, name: String) throws(ConfigurationError) -> RuleOptionValue {
        if let scalar = node.scalar {
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
        if node.sequence != nil { return .list(try strings(node, key: name).map(\.0)) }
        throw error(node, "选项“\(name)”的值应为字符串、数字、布尔值或字符串列表")
    }
}
