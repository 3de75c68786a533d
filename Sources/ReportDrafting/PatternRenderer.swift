import Mustache
import ReportModel

/// Compiles a scheme's Mustache patterns once and renders them with drafting data.
///
/// Patterns render as plain text (no HTML escaping): values are Chinese prose, not markup.
struct PatternRenderer {
    /// Makes Mustache render text as it is instead of escaping it for HTML.
    private static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    private let templates: [String: MustacheTemplate]

    init(scheme: EvaluationScheme) throws(DraftingError) {
        var templates: [String: MustacheTemplate] = [:]
        for pattern in scheme.patterns {
            templates[pattern.name] = try Self.compile(pattern, path: scheme.path)
        }
        self.templates = templates
    }

    /// Compiles one pattern; a syntax error names the template file, line and column.
    static func compile(_ pattern: ParagraphPattern, path: String) throws(DraftingError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: textPragma + pattern.template)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            let line = pattern.line + context.lineNumber - 1
            let column = context.lineNumber == 1
                ? pattern.column + max(context.columnNumber - 1 - textPragma.count, 0)
                : (pattern.column + context.columnNumber - 1)
            throw DraftingError(
                path: path, line: line, column: column,
                detail: "句式“\(pattern.name)”有 Mustache 语法错误：\(describe(error.error))")
        } catch {
            throw DraftingError(path: path, line: pattern.line, column: pattern.column,
                                detail: "句式“\(pattern.name)”无法解析：\(error)")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "结束标签与开始标签的名字不一致"
        case .unfinishedName: "标签没有闭合（缺少“}}”）"
        case .expectedSectionEnd: "区块没有结束标签（缺少“{{/名字}}”）"
        case .invalidSetDelimiter: "分隔符设置有误"
        default: "\(error)"
        }
    }

    /// Renders the named pattern with `values` (strings, booleans and lists of dictionaries).
    func render(_ name: PatternName, _ values: [String: Any]) -> String {
        guard let template = templates[name.rawValue] else { return "" }
        return template.render(values)
    }
}
