import Foundation
import ReportModel
import Yams

/// Reads an evaluation-scheme template (`Templates/<city>/<year>.yml`) into an `EvaluationScheme`.
///
/// The format is documented in `Templates/README.md`. Every problem is reported with the file, line
/// and column of the value at fault.
public enum SchemeTemplateLoader {
    static let topKeys: Set<String> = [
        "city", "year", "title", "issuer", "document_number", "parts", "categories", "points", "point_numbering", "patterns",
    ]

    /// Loads the template at `url`; `displayPath` is the path as the user gave it. With
    /// `checkingPatterns` false the drafting patterns are kept as written without compiling each to
    /// report its errors: what `lint` does, which reads only the scheme's parts and points (the
    /// compiling was a third of the time of loading a template).
    public static func load(
        contentsOf url: URL, displayPath: String? = nil, checkingPatterns: Bool = true
    ) throws(DraftingError) -> EvaluationScheme {
        let path = displayPath ?? url.path
        return try load(text: try readText(url, path: path), path: path, checkingPatterns: checkingPatterns)
    }

    /// Reads a template or data file as UTF-8 text, with a Chinese message when it cannot.
    package static func readText(_ url: URL, path: String) throws(DraftingError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DraftingError(path: path, detail: "文件不存在")
        }
        guard !isDirectory.boolValue else { throw DraftingError(path: path, detail: "这是一个文件夹，不是 YAML 文件") }
        guard let data = try? Data(contentsOf: url) else { throw DraftingError(path: path, detail: "无法读取文件") }
        guard var text = String(data: data, encoding: .utf8) else {
            throw DraftingError(path: path, detail: "文件不是 UTF-8 编码；请另存为 UTF-8 后重试")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Parses template text.
    public static func load(text: String, path: String, checkingPatterns: Bool = true) throws(DraftingError) -> EvaluationScheme {
        let root = try YAMLNode.parse(text, path: path).mapping("方案模板", allowed: topKeys)
        let year = try root.required("year").int("year")
        guard (2000...2100).contains(year) else { throw try root.required("year").error("年份“\(year)”不合理") }
        let requiredParts = try parts(root.required("parts"))
        var scheme = EvaluationScheme(
            city: try root.required("city").string("city"),
            year: year,
            title: try root.required("title").string("title"),
            issuer: try root.required("issuer").string("issuer"),
            documentNumber: try root["document_number"].map { node throws(DraftingError) in try node.string("document_number") },
            categories: try categoriesOrPoints(root),
            path: path)
        if let numbering = root["point_numbering"] {
            let text = try numbering.string("point_numbering")
            guard let value = EvaluationScheme.PointNumbering(rawValue: text) else {
                let choices = EvaluationScheme.PointNumbering.allCases.map { "“\($0.rawValue)”" }.joined(separator: "、")
                throw numbering.error("point_numbering“\(text)”无法识别：可用的有\(choices)")
            }
            scheme.pointNumbering = value
        }
        scheme.requiredParts = requiredParts
        scheme.patterns = try patterns(root.required("patterns"), checking: checkingPatterns)
        return scheme
    }

    /// `categories:` with their points, or `points:` alone (a flat list of duties: one untitled category).
    private static func categoriesOrPoints(_ root: YAMLMapping) throws(DraftingError) -> [SchemeCategory] {
        if let pointsNode = root["points"] {
            if let categories = root["categories"] {
                throw categories.error("“categories”与“points”只能二选一：有分类时写 categories，不分类时只写 points")
            }
            var points: [EvaluationPoint] = []
            var seen: Set<String> = []
            for pointItem in try pointsNode.sequence("points") {
                let point = try self.point(pointItem)
                guard seen.insert(point.id).inserted else {
                    throw try pointItem.mapping("评价要点").required("id").error("编号“\(point.id)”重复")
                }
                points.append(point)
            }
            guard !points.isEmpty else { throw pointsNode.error("“points”不能为空：方案至少要有一个评价要点") }
            return [SchemeCategory(id: "", title: "", score: nil, points: points)]
        }
        return try categories(root.required("categories"))
    }

    private static func categories(_ node: YAMLNode) throws(DraftingError) -> [SchemeCategory] {
        var result: [SchemeCategory] = []
        var seen: Set<String> = []
        let items = try node.sequence("categories")
        guard !items.isEmpty else { throw node.error("“categories”不能为空：方案至少要有一类评价内容") }
        for item in items {
            let map = try item.mapping("评价内容", allowed: ["id", "title", "score", "points"])
            let idNode = try map.required("id")
            let id = try idNode.string("id")
            guard seen.insert(id).inserted else { throw idNode.error("编号“\(id)”重复") }
            var points: [EvaluationPoint] = []
            let pointsNode = try map.required("points")
            for pointItem in try pointsNode.sequence("points") {
                let point = try self.point(pointItem)
                guard seen.insert(point.id).inserted else {
                    throw try pointItem.mapping("评价要点").required("id").error("编号“\(point.id)”重复")
                }
                points.append(point)
            }
            guard !points.isEmpty else { throw pointsNode.error("评价内容“\(id)”没有评价要点") }
            result.append(SchemeCategory(
                id: id, title: try map.required("title").string("title"),
                score: try map["score"].map { node throws(DraftingError) in try node.decimal("score").value },
                points: points))
        }
        return result
    }

    private static func point(_ node: YAMLNode) throws(DraftingError) -> EvaluationPoint {
        let map = try node.mapping("评价要点", allowed: ["id", "title", "score", "keywords", "indicators"])
        let title = try map.required("title").string("title")
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw try map.required("title").error("评价要点的标题不能为空")
        }
        return EvaluationPoint(
            id: try map.required("id").string("id"),
            title: title,
            score: try map["score"].map { node throws(DraftingError) in try node.decimal("score").value },
            keywords: try map["keywords"].map { node throws(DraftingError) in try node.strings("keywords") } ?? [],
            indicators: try map["indicators"].map { node throws(DraftingError) in try node.strings("indicators") } ?? [])
    }

    private static func parts(_ node: YAMLNode) throws(DraftingError) -> [RequiredPart] {
        var result: [RequiredPart] = []
        for item in try node.sequence("parts") {
            let map = try item.mapping("报告部分", allowed: ["role", "heading"])
            let roleNode = try map.required("role")
            let name = try roleNode.string("role")
            guard let role = SectionRole(rawValue: name), role != .other else {
                let known = SectionRole.allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: "、")
                throw roleNode.error("不认识的部分类型“\(name)”；可用的有：\(known)")
            }
            guard !result.contains(where: { $0.role == role }) else { throw roleNode.error("部分类型“\(name)”重复") }
            result.append(RequiredPart(role: role, heading: try map.required("heading").string("heading")))
        }
        guard result.contains(where: { $0.role == .findings }) else {
            throw node.error("“parts”中必须有 findings（履行教育职责情况）这一部分")
        }
        return result
    }

    private static func patterns(_ node: YAMLNode, checking: Bool) throws(DraftingError) -> [ParagraphPattern] {
        let map = try node.mapping("patterns", allowed: Set(PatternName.allCases.map(\.rawValue)))
        var result: [ParagraphPattern] = []
        for entry in map.entries {
            let start = entry.value.contentStart
            let pattern = ParagraphPattern(
                name: entry.key, template: try entry.value.string(entry.key), line: start.line, column: start.column)
            if checking { _ = try PatternRenderer.compile(pattern, path: node.path) }
            result.append(pattern)
        }
        for name in PatternName.allCases where !result.contains(where: { $0.name == name.rawValue }) {
            guard let template = name.defaultTemplate else {
                throw node.error("“patterns”缺少句式“\(name.rawValue)”（\(name.purpose)）")
            }
            result.append(ParagraphPattern(name: name.rawValue, template: template, line: node.line, column: node.column))
        }
        return result
    }
}

extension YAMLNode {
    /// Where a scalar's text begins: after the opening quote, or on the line after `|` / `>`.
    var contentStart: (line: Int, column: Int) {
        guard case .scalar(let scalar) = node else { return (line, column) }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: return (line, column + 1)
        case .literal, .folded:
            let next = line  // the indicator's line; content starts on the next one
            guard lines.indices.contains(next) else { return (line + 1, 1) }
            let indent = lines[next].prefix { $0 == " " }.count
            return (line + 1, indent + 1)
        default: return (line, column)
        }
    }
}
