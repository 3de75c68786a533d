import Foundation
import ReportDrafting
import ReportModel
import ReportScheme
import Testing
import TestSupport

/// The shipped templates load, hold the schemes' structure, and malformed templates are reported
/// with file, line and column.
struct SchemeTemplateTests {
    static func template(_ year: Int) throws -> EvaluationScheme {
        try SchemeTemplateLoader.load(
            contentsOf: Repository.root.appendingPathComponent("Templates/chongqing/\(year).yml"),
            displayPath: "Templates/chongqing/\(year).yml")
    }

    static func fixture(_ name: String) throws -> (text: String, path: String) {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return (try String(contentsOf: url, encoding: .utf8), name)
    }

    static func loadError(_ text: String, path: String = "t.yml") -> DraftingError? {
        do {
            _ = try SchemeTemplateLoader.load(text: text, path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func chongqing2022HasEightCategoriesAnd38Points() throws {
        let scheme = try Self.template(2022)
        #expect(scheme.city == "重庆市")
        #expect(scheme.year == 2022)
        #expect(scheme.categories.count == 8)
        #expect(scheme.categories.map(\.points.count) == [3, 4, 4, 6, 7, 5, 5, 4])
        #expect(scheme.allPoints.count == 38)
        #expect(scheme.categories.first?.title == "加强党对教育工作全面领导")
        #expect(scheme.categories.last?.title == "规范学校办学行为")
        #expect(scheme.allPoints.allSatisfy { !$0.point.keywords.isEmpty })
        #expect(Set(scheme.allPoints.map(\.point.id)).count == 38)
        #expect(scheme.requiredParts.map(\.role) == [.basicInfo, .findings, .problems, .nextSteps, .appendix])
        #expect(Set(scheme.patterns.map(\.name)) == Set(PatternName.allCases.map(\.rawValue)))
    }

    @Test func chongqing2023HasTheFourCategoriesOfSeed002() throws {
        let scheme = try Self.template(2023)
        #expect(scheme.categories.map(\.title) == ["领导管理教育工作", "落实教育优先发展", "统筹推进教育发展", "维护校园安全稳定"])
        #expect(scheme.categories.map(\.points.count) == [2, 3, 7, 2])
        #expect(scheme.documentNumber == "渝教函〔2023〕464号")
        #expect(scheme.requiredParts.first { $0.role == .findings }?.heading == "履行教育职责情况")
        #expect(scheme.point(id: "C5")?.title == "深入推动“双减”落地落实")
    }

    /// The 2022 template's point titles are seed 001's numbered headings, in order, with standard punctuation.
    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func chongqing2022PointTitlesAreSeed001Headings() throws {
        let lines = try Seeds.text("001").components(separatedBy: "\n")
        for (index, entry) in try Self.template(2022).allPoints.enumerated() {
            let line = try #require(lines.first { $0.hasPrefix("\(index + 1).") })
            // The seed (a web scrape) has half-width commas where the template writes full-width ones.
            let heading = line.dropFirst("\(index + 1).".count).replacingOccurrences(of: ",", with: "，")
            #expect(heading.hasPrefix(entry.point.title), "\(index + 1)")
        }
    }

    @Test func aYAMLSyntaxErrorNamesLineAndColumn() throws {
        let (text, path) = try Self.fixture("broken-indent.yml")
        let error = try #require(Self.loadError(text, path: path))
        #expect(error.path == "broken-indent.yml")
        #expect(error.line == 7)
        #expect(error.column == 3)
        #expect(error.description.hasPrefix("broken-indent.yml:7:3: YAML 格式错误"))
    }

    /// Columns count Characters: the stray colon after four Chinese characters and full-width
    /// spaces is column 14, not its byte (24) or UTF-16 offset.
    @Test func columnsCountCharactersBehindWideText() throws {
        let text = "city: 重庆市\nyear: 2022\ntitle: 　　方案名称: 多余\n"
        let error = try #require(Self.loadError(text))
        #expect(error.line == 3)
        #expect(error.column == 14)
    }

    @Test func aBadMustachePatternNamesItsLineAndColumn() throws {
        let (text, path) = try Self.fixture("bad-pattern.yml")
        let error = try #require(Self.loadError(text, path: path))
        #expect(error.line == 21)
        #expect(error.column == 29)
        #expect(error.detail.contains("句式“figure”"))
        #expect(error.detail.contains("没有闭合"))
    }

    /// `lint` loads templates without compiling their drafting patterns: a template whose pattern
    /// would stop `draft` still gives lint its title and points, pattern text kept as written.
    @Test func lintLoadsATemplateWithoutCheckingItsPatterns() throws {
        let (text, path) = try Self.fixture("bad-pattern.yml")
        let scheme = try SchemeTemplateLoader.load(text: text, path: path, checkingPatterns: false)
        #expect(!scheme.title.isEmpty && !scheme.categories.isEmpty)
        #expect(scheme.patterns.first { $0.name == "figure" }?.template == "{{name}}{{value}}{{unit")
        #expect(Self.loadError(text, path: path) != nil)
    }

    @Test func aBadPatternInABlockScalarNamesTheLineInsideIt() throws {
        let (text, _) = try Self.fixture("bad-pattern.yml")
        let block = text.replacingOccurrences(
            of: "  figure: \"{{name}}{{value}}{{unit\"\n", with: "  figure: |\n    第一行{{name}}\n    　　{{#value}}未结束\n")
        let error = try #require(Self.loadError(block))
        #expect(error.line == 23)
        #expect(error.column == 7)
        #expect(error.detail.contains("没有结束标签"))
    }

    @Test(arguments: [
        ("city: 重庆市\nyear: 2022\ntitile: x\n", 3, 1, "没有“titile”这一项"),
        ("city: 重庆市\nyear: 二〇二二\n", 2, 7, "应为整数"),
        ("city: 重庆市\nyear: 2022\ntitle: t\nissuer: i\nparts:\n  - role: summary\n    heading: 总结\n", 6, 11, "不认识的部分类型“summary”"),
        ("- 1\n- 2\n", 1, 1, "应为键值对"),
        ("", 1, 1, "文件是空的"),
    ])
    func malformedTemplatesAreReportedAtTheValue(text: String, line: Int, column: Int, detail: String) throws {
        let error = try #require(Self.loadError(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.detail.contains(detail), "\(error)")
    }

    /// A misspelt variable would silently render as nothing; it is reported at the tag instead.
    @Test func anUnknownVariableInAPatternIsReportedAtItsTag() throws {
        var (text, _) = try Self.fixture("bad-pattern.yml")
        text = text.replacingOccurrences(of: "{{unit\"", with: "{{unit}}\"")
            .replacingOccurrences(of: "  title: \"{{district}}人民政府{{year}}", with: "  title: \"{{district}}人民政府{{yaer}}")
        let error = try #require(Self.loadError(text))
        #expect(error.line == 19)
        #expect(error.column == 27)
        #expect(error.detail.contains("未知的变量“yaer”"))
    }

    @Test func aDuplicatePointIDIsReportedAtTheSecondOne() throws {
        var (text, _) = try Self.fixture("bad-pattern.yml")
        text = text.replacingOccurrences(of: "{{unit\"", with: "{{unit}}\"")
            .replacingOccurrences(of: "id: A2", with: "id: A1")
        let error = try #require(Self.loadError(text))
        #expect(error.line == 16)
        #expect(error.column == 13)
        #expect(error.detail.contains("编号“A1”重复"))
    }

    @Test func aMissingTemplateFileIsReportedByName() {
        #expect(throws: DraftingError(path: "nope.yml", detail: "文件不存在")) {
            _ = try SchemeTemplateLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/nope.yml"), displayPath: "nope.yml")
        }
    }
}
