import Foundation
import Mustache
import ReportModel

/// Compiles a scheme's Mustache patterns once and renders them with drafting data.
///
/// Patterns render as plain text (no HTML escaping): values are Chinese prose, not markup.
package struct PatternRenderer {
    /// Makes Mustache render text as it is instead of escaping it for HTML.
    private static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    private let templates: [String: MustacheTemplate]

    package init(scheme: EvaluationScheme) throws(DraftingError) {
        var templates: [String: MustacheTemplate] = [:]
        for pattern in scheme.patterns {
            templates[pattern.name] = try Self.compile(pattern, path: scheme.path)
        }
        self.templates = templates
    }

    /// Compiles one pattern; a syntax error names the template file, line and column.
    package static func compile(_ pattern: ParagraphPattern, path: String) throws(DraftingError) -> MustacheTemplate {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: textPragma + pattern.template)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            // Point at the tag left open when there is one, rather than at the end of the text.
            let (line, column) = openTag(in: pattern.template, error: error.error).map { position(of: $0, in: pattern) }
                ?? (pattern.line + context.lineNumber - 1,
                    context.lineNumber == 1
                        ? pattern.column + max(context.columnNumber - 1 - textPragma.count, 0)
                        : pattern.column + context.columnNumber - 1)
            throw DraftingError(
                path: path, line: line, column: column,
                detail: "句式“\(pattern.name)”有 Mustache 语法错误：\(describe(error.error))")
        } catch {
            throw DraftingError(path: path, line: pattern.line, column: pattern.column,
                                detail: "句式“\(pattern.name)”无法解析：\(error)")
        }
        if let name = PatternName(rawValue: pattern.name) {
            for tag in tags(in: pattern.template) where !name.variables.contains(tag.name) {
                let (line, column) = position(of: tag.offset, in: pattern)
                let known = name.variables.sorted().joined(separator: "、")
                throw DraftingError(
                    path: path, line: line, column: column,
                    detail: "句式“\(pattern.name)”用到了未知的变量“\(tag.name)”；可用的有：\(known)")
            }
        }
        return template
    }

    /// The variable names a template's tags use (`{{name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`,
    /// `{{{name}}}`, `{{&name}}`; the first part of `a.b`), with the tag's Character offset.
    package static func tags(in template: String) -> [(name: String, offset: Int)] {
        let characters = Array(template)
        var result: [(String, Int)] = []
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "{", characters[index + 1] == "{" else {
                index += 1
                continue
            }
            var start = index + 2
            while start < characters.count, "{#^/&".contains(characters[start]) || characters[start] == " " { start += 1 }
            var end = start
            while end < characters.count, characters[end] != "}" { end += 1 }
            let body = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
            let skipped = index + 2 < characters.count && "!%>=".contains(characters[index + 2])
            if !skipped, !body.isEmpty, body != ".", let first = body.split(separator: ".").first {
                result.append((String(first), index))
            }
            index = end
        }
        return result
    }

    /// The Character offset of the tag an error leaves open: the last `{{` without `}}` after it for
    /// an unfinished tag, the innermost unclosed `{{#name}}` / `{{^name}}` for a missing section end.
    package static func openTag(in template: String, error: any Error) -> Int? {
        let characters = Array(template)
        var opens: [Int] = []
        var index = 0
        while index + 1 < characters.count {
            if characters[index] == "{" && characters[index + 1] == "{" { opens.append(index) }
            index += 1
        }
        if isUnfinishedTag(error) {
            return opens.last { start in !String(characters[start...]).contains("}}") }
        }
        guard error as? MustacheTemplate.Error == .expectedSectionEnd else { return nil }
        var stack: [Int] = []
        for start in opens where start + 2 < characters.count {
            switch characters[start + 2] {
            case "#", "^": stack.append(start)
            case "/": _ = stack.popLast()
            default: break
            }
        }
        return stack.last
    }

    private static func isUnfinishedTag(_ error: any Error) -> Bool {
        error as? MustacheTemplate.Error == .unfinishedName || String(describing: error) == "overflow"
    }

    /// The file position of the Character at `offset` in a pattern's text.
    private static func position(of offset: Int, in pattern: ParagraphPattern) -> (Int, Int) {
        let before = pattern.template.prefix(offset)
        let newlines = before.filter(\.isNewline).count
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
        return (pattern.line + newlines, pattern.column + column)
    }

    private static func describe(_ error: any Error) -> String {
        if isUnfinishedTag(error) { return "标签没有闭合（缺少“}}”）" }
        return switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "结束标签与开始标签的名字不一致"
        case .expectedSectionEnd: "区块没有结束标签（缺少“{{/名字}}”）"
        case .invalidSetDelimiter: "分隔符设置有误"
        default: "\(error)"
        }
    }

    /// Renders the named pattern with `values` (strings, booleans and lists of dictionaries).
    package func render(_ name: PatternName, _ values: [String: Any]) -> String {
        guard let template = templates[name.rawValue] else { return "" }
        return template.render(values)
    }
}
