import Foundation
import ReportModel
import ReportScheme

/// Reads a district's data file (`Examples/<district>/data.yml`) into `DistrictData`.
///
/// The format is documented in `Examples/README.md`. Checks that need the scheme (point ids, parts
/// against totals) are made by the `Drafter`, which also names the data file and line.
public enum DistrictDataLoader {
    static let topKeys: Set<String> = [
        "district", "year", "document_number", "title", "kind", "recipients", "issuer", "date", "basics", "self_check", "points",
        "achievements", "problems", "next_steps", "rectification", "indicator_headers", "indicators",
    ]

    public static func load(contentsOf url: URL, displayPath: String? = nil) throws(DraftingError) -> DistrictData {
        let path = displayPath ?? url.path
        return try load(text: try SchemeTemplateLoader.readText(url, path: path), path: path)
    }

    public static func load(text: String, path: String) throws(DraftingError) -> DistrictData {
        let root = try YAMLNode.parse(text, path: path).mapping("区县数据", allowed: topKeys)
        let yearNode = try root.required("year")
        let year = try yearNode.int("year")
        guard (2000...2100).contains(year) else { throw yearNode.error("年份“\(year)”不合理") }
        var data = DistrictData(
            path: path, district: try root.required("district").string("district"), year: year,
            documentNumber: try optionalString(root, "document_number"),
            recipients: try optionalString(root, "recipients"),
            issuer: try optionalString(root, "issuer"),
            date: try optionalString(root, "date"))
        data.title = try optionalString(root, "title")
        if let kindNode = root["kind"] {
            let text = try kindNode.string("kind")
            guard let kind = DocumentKind(text: text) else {
                throw kindNode.error("文种“\(text)”无法识别：kind 只能是\(DocumentKind.choices)")
            }
            data.kind = kind
        }
        if let basics = root["basics"] {
            for item in try basics.sequence("basics") { data.basics.append(try figure(item)) }
        }
        if let selfCheck = root["self_check"] { data.selfCheck = paragraphs(try selfCheck.string("self_check")) }
        if let points = root["points"] { data.points = try answers(points) }
        data.achievements = try titled(root["achievements"], "achievements")
        data.problems = try titled(root["problems"], "problems")
        data.nextSteps = try titled(root["next_steps"], "next_steps")
        data.rectification = try titled(root["rectification"], "rectification")
        if let headers = root["indicator_headers"] {
            let map = try headers.mapping("indicator_headers", allowed: ["target", "actual"])
            if let target = map["target"] { data.targetHeader = try target.string("target") }
            if let actual = map["actual"] { data.actualHeader = try actual.string("actual") }
        }
        if let indicators = root["indicators"] {
            var category: String?
            for item in try indicators.sequence("indicators") {
                var row = try indicator(item)
                if row.category == nil { row.category = category } else { category = row.category }
                data.indicators.append(row)
            }
        }
        return data
    }

    private static func optionalString(_ map: YAMLMapping, _ key: String) throws(DraftingError) -> String? {
        guard let node = map[key] else { return nil }
        let text = try node.string(key).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// One paragraph per non-empty line.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}"))) }
            .filter { !$0.isEmpty }
    }

    private static func location(_ node: YAMLNode) -> DataLocation { DataLocation(line: node.line, column: node.column) }

    /// A count, amount, rate or actual: never negative (a decrease is derived from last year's value).
    private static func quantity(_ node: YAMLNode, _ what: String) throws(DraftingError) -> Quantity {
        let (value, digits) = try node.decimal(what)
        guard value >= 0 else { throw node.error(negativeDetail(what, Quantity(value, fractionDigits: digits).text)) }
        return Quantity(value, fractionDigits: digits)
    }

    static func negativeDetail(_ what: String, _ text: String) -> String {
        "“\(what)”不能为负数，这里是“\(text)”；减少的数量由上年数和本年数算出，不必写负数"
    }

    static func figure(_ node: YAMLNode, unit inherited: String? = nil) throws(DraftingError) -> DataFigure {
        let map = try node.mapping("数据", allowed: ["name", "unit", "value", "last_year", "parts"])
        let unit = try map["unit"].map { node throws(DraftingError) in try node.string("unit") } ?? inherited
        guard let unit else { throw node.error("数据“\((try? map.required("name").string("name")) ?? "")”缺少单位“unit”") }
        var figure = DataFigure(
            name: try map.required("name").string("name"), unit: unit,
            value: try map["value"].map { node throws(DraftingError) in try quantity(node, "value") },
            lastYear: try map["last_year"].map { node throws(DraftingError) in try quantity(node, "last_year") },
            location: location(node), valueLocation: map["value"].map(location))
        if let parts = map["parts"] {
            for part in try parts.sequence("parts") { figure.parts.append(try self.figure(part, unit: unit)) }
        }
        guard figure.value != nil || !figure.parts.isEmpty else {
            throw node.error("数据“\(figure.name)”既没有数值“value”，也没有构成“parts”")
        }
        return figure
    }

    private static func answers(_ node: YAMLNode) throws(DraftingError) -> [PointAnswer] {
        var result: [PointAnswer] = []
        for entry in try node.mapping("points").entries {
            var answer = PointAnswer(pointID: entry.key, paragraphs: [], location: location(entry.keyNode))
            if case .scalar = entry.value.node {
                answer.paragraphs = paragraphs(try entry.value.string(entry.key))
            } else {
                let map = try entry.value.mapping("评价要点 \(entry.key)", allowed: ["text", "figures"])
                if let text = map["text"] { answer.paragraphs = paragraphs(try text.string("text")) }
                if let figures = map["figures"] {
                    for item in try figures.sequence("figures") { answer.figures.append(try figure(item)) }
                }
            }
            result.append(answer)
        }
        return result
    }

    private static func titled(_ node: YAMLNode?, _ what: String) throws(DraftingError) -> [TitledText] {
        guard let node else { return [] }
        var result: [TitledText] = []
        for item in try node.sequence(what) {
            let map = try item.mapping(what, allowed: ["title", "text"])
            result.append(TitledText(
                title: try map.required("title").string("title"),
                paragraphs: paragraphs(try map["text"]?.string("text") ?? "")))
        }
        return result
    }

    private static func indicator(_ node: YAMLNode, unit inherited: String? = nil) throws(DraftingError) -> DataIndicator {
        let map = try node.mapping("指标", allowed: ["category", "name", "unit", "target", "actual", "parts"])
        let unit = try map["unit"].map { node throws(DraftingError) in try node.string("unit") } ?? inherited
        var target: IndicatorValue?
        if let targetNode = map["target"] {
            let text = try targetNode.string("target")
            guard let value = IndicatorValue(parsing: text) else {
                throw targetNode.error("目标值“\(text)”无法识别；应写作数字，可带“>”“≥”“<”“≤”，如“≥95”")
            }
            target = value
        }
        var row = DataIndicator(
            category: try map["category"].map { node throws(DraftingError) in try node.string("category") },
            name: try map.required("name").string("name"), unit: unit, target: target,
            actual: try map["actual"].map { node throws(DraftingError) in try quantity(node, "actual") },
            location: location(node), actualLocation: map["actual"].map(location))
        if let parts = map["parts"] {
            for part in try parts.sequence("parts") { row.parts.append(try indicator(part, unit: unit)) }
        }
        return row
    }
}
