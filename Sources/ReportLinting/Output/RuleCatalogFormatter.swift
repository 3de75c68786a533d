import ReportModel
import ReportPluginKit

/// `reportkit rules [ID]`: the list of rules (id, default severity, fixable mark, title), and one
/// rule explained with its rationale, examples (`↓` where a finding starts) and corrections.
public struct RuleCatalogFormatter: Sendable {
    public init() {}

    /// One line per rule, columns aligned by display width, then a legend.
    public func list(_ rules: [RuleMetadata]) -> String {
        guard !rules.isEmpty else { return "没有已注册的规则。\n" }
        let idWidth = rules.map { DisplayWidth.of($0.id) }.max() ?? 0
        var output = ""
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            output += rule.id + String(repeating: " ", count: idWidth - DisplayWidth.of(rule.id) + 2)
            output += rule.defaultSeverity.chineseName + "  "
            output += (rule.isFixable ? "可修复" : "      ") + "  "
            output += rule.title + "\n"
        }
        output += "\n共 \(rules.count) 条规则，其中 \(rules.filter(\.isFixable).count) 条可用 --fix 自动修复。"
        output += "运行 reportkit rules <规则编号> 查看说明和示例。\n"
        return output
    }

    /// Everything about one rule.
    public func explain(_ rule: RuleMetadata) -> String {
        var output = "\(rule.id)：\(rule.title)\n"
        output += "默认级别：\(rule.defaultSeverity.chineseName)（\(rule.defaultSeverity.rawValue)）\n"
        output += "自动修复：\(rule.isFixable ? "可以（lint --fix）" : "不可以")\n\n"
        output += "说明：\n" + indent(rule.rationale) + "\n"
        if !rule.triggeringExamples.isEmpty {
            output += "\n会报告的写法（↓ 标出问题所在）：\n"
            output += rule.triggeringExamples.map { indent($0.text) }.joined(separator: "\n\n") + "\n"
        }
        if !rule.nonTriggeringExamples.isEmpty {
            output += "\n不会报告的写法：\n"
            output += rule.nonTriggeringExamples.map { indent($0.text) }.joined(separator: "\n\n") + "\n"
        }
        if !rule.corrections.isEmpty {
            output += "\n自动修复示例：\n"
            output += rule.corrections.map { correction in
                indent("修复前：" + correction.before) + "\n" + indent("修复后：" + correction.after)
            }.joined(separator: "\n\n") + "\n"
        }
        if !rule.notes.isEmpty {
            output += "\n参考：\n" + rule.notes.map { "    " + $0 }.joined(separator: "\n") + "\n"
        }
        return output
    }

    private func indent(_ text: String) -> String {
        var text = Substring(text)
        while text.last?.isNewline == true { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
    }
}
