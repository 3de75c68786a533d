import Foundation
import ReportModel
import ReportPluginKit

/// Reads what an out-of-process plugin printed: `{"diagnostics": [...]}` or a bare array of
/// diagnostics in the `lint --format json` form (`rule`, `severity`, `line`, `column`, `endLine`,
/// `endColumn`, `message`, optional `fix`). `severity` defaults to warning, `endLine`/`endColumn` to
/// the start.
enum PluginDiagnosticDecoder {
    private struct Wrapper: Decodable { var diagnostics: [Wire] }

    private struct WireFix: Decodable {
        var line: Int, column: Int, endLine: Int?, endColumn: Int?, replacement: String
    }

    private struct Wire: Decodable {
        var rule: String
        var severity: String?
        var line: Int
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var message: String
        var fix: WireFix?
    }

    /// The diagnostics, or a Chinese explanation of what is wrong with the output, naming `command`.
    static func decode(_ data: Data, command: String) -> Result<[Diagnostic], PluginError> {
        func failure(_ detail: String) -> Result<[Diagnostic], PluginError> {
            .failure(PluginError(command: command, detail: detail))
        }
        let decoder = JSONDecoder()
        let wires: [Wire]
        if let wrapper = try? decoder.decode(Wrapper.self, from: data) {
            wires = wrapper.diagnostics
        } else if let array = try? decoder.decode([Wire].self, from: data) {
            wires = array
        } else {
            let detail: String
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                let excerpt = String(decoding: data.prefix(80), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                detail = excerpt.isEmpty ? "没有输出任何内容" : "输出的不是有效的 JSON：“\(excerpt)”"
            } else {
                detail = "输出的 JSON 不是诊断列表；应为 {\"diagnostics\": [{\"rule\", \"line\", \"column\", \"message\", …}]}"
            }
            return failure(detail)
        }
        var diagnostics: [Diagnostic] = []
        for (index, wire) in wires.enumerated() {
            let severity: Severity
            if let name = wire.severity {
                guard let parsed = Severity(rawValue: name) else {
                    return failure("第\(index + 1)条诊断的级别“\(name)”无效；应为 error、warning 或 info")
                }
                severity = parsed
            } else {
                severity = .warning
            }
            guard !wire.rule.isEmpty, wire.line >= 1, (wire.column ?? 1) >= 1 else {
                return failure("第\(index + 1)条诊断缺少规则编号或位置无效（行、列从 1 开始）")
            }
            let range = Self.range(wire.line, wire.column ?? 1, wire.endLine, wire.endColumn)
            let fix = wire.fix.map { Fix(range: Self.range($0.line, $0.column, $0.endLine, $0.endColumn), replacement: $0.replacement) }
            diagnostics.append(Diagnostic(ruleID: wire.rule, severity: severity, message: wire.message, range: range, fix: fix))
        }
        return .success(diagnostics)
    }

    private static func range(_ line: Int, _ column: Int, _ endLine: Int?, _ endColumn: Int?) -> SourceRange {
        let start = SourcePosition(line: line, column: column)
        let end = SourcePosition(line: endLine ?? line, column: endColumn ?? column)
        return SourceRange(start: start, end: max(start, end))
    }
}
