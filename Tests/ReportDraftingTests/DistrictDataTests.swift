import Foundation
import ReportDrafting
import ReportModel
import ReportScheme
import Testing
import TestSupport

/// The example data loads; bad data is reported with the data file, line and column.
struct DistrictDataTests {
    static let examplePath = "Examples/青溪区/data.yml"

    static func example() throws -> DistrictData {
        try DistrictDataLoader.load(contentsOf: Repository.root.appendingPathComponent(examplePath), displayPath: examplePath)
    }

    static func loadError(_ text: String) -> DraftingError? {
        do {
            _ = try DistrictDataLoader.load(text: text, path: "data.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func theExampleIsAFictionalDistrictWithEveryPart() throws {
        let data = try Self.example()
        #expect(data.district == "青溪区")
        #expect(data.year == 2022)
        #expect(data.documentNumber == "青溪府办函〔2023〕52号")
        #expect(data.basics.count == 4)
        #expect(data.points.count == 14)
        #expect(data.problems.count == 3 && data.nextSteps.count == 3)
        #expect(data.indicators.count == 7)
        #expect(data.targetHeader == "2025年目标")
        // Categories carry down to the rows that do not repeat them.
        #expect(data.indicators[1].category == "学前教育")
        // Numbers keep their digits as written.
        let pupils = try #require(data.indicators.first { $0.name == "在校学生数" })
        #expect(pupils.parts.map { $0.actual?.text } == ["3.15", "2.12"])
        #expect(pupils.parts.allSatisfy { $0.unit == "万人" })
        let consolidation = try #require(data.indicators.first { $0.name == "九年义务教育巩固率" })
        #expect(consolidation.target == IndicatorValue(comparator: .greaterThan, value: Decimal(string: "98.5")!, fractionDigits: 1))
    }

    @Test func pointTextBecomesOneParagraphPerLine() throws {
        let data = try DistrictDataLoader.load(
            text: "district: 甲区\nyear: 2022\npoints:\n  A1: |\n    第一段。\n\n    　　第二段。\n  A2:\n    text: 只有一段。\n",
            path: "d.yml")
        #expect(data.points.map(\.pointID) == ["A1", "A2"])
        #expect(data.points[0].paragraphs == ["第一段。", "第二段。"])
        #expect(data.points[0].location == DataLocation(line: 4, column: 3))
    }

    @Test(arguments: [
        ("district: 甲区\nyear: 2022\nbasics:\n  - name: 学校\n    unit: 所\n    value: 十二\n", 6, 12, "“value”应为数字"),
        ("district: 甲区\nyear: 2022\nbasics:\n  - name: 学校\n    value: 12\n", 4, 5, "缺少单位"),
        ("district: 甲区\nyear: 2022\nbasics:\n  - name: 学校\n    unit: 所\n", 4, 5, "既没有数值"),
        ("district: 甲区\nyear: 1022\n", 2, 7, "年份“1022”不合理"),
        ("district: 甲区\nyear: 2022\nindicators:\n  - name: 毛入园率\n    target: 至少95\n", 5, 13, "目标值“至少95”无法识别"),
        ("district: 甲区\nyear: 2022\nproblem:\n  - title: 缺少\n", 3, 1, "没有“problem”这一项"),
        ("district: 甲区\nyear: 2022\npoints:\n  A1: [一, 二]\n", 4, 7, "应为键值对"),
        ("district: 甲区\nyear: 2022\npoints:\n  A1: 甲\n  A1: 乙\n", 4, 3, "键“A1”重复出现"),
        ("district: 甲区\nyear: 2022\nbasics:\n  - {name: 学生, unit: 人, value: -120}\n", 4, 32, "“value”不能为负数，这里是“-120”"),
        ("district: 甲区\nyear: 2022\nindicators:\n  - {name: 巩固率, actual: -0.5}\n", 4, 25, "“actual”不能为负数"),
    ])
    func badDataIsReportedAtTheValue(text: String, line: Int, column: Int, detail: String) throws {
        let error = try #require(Self.loadError(text))
        #expect(error.path == "data.yml")
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.detail.contains(detail), "\(error)")
    }

    /// The value after the Chinese name and full-width spaces is at column 34, counted in Characters (not its byte offset, 44).
    @Test func dataColumnsCountCharacters() throws {
        let error = try #require(Self.loadError("district: 甲区\nyear: 2022\nbasics:\n  - {name: 学校　　, unit: 所, value: x}\n"))
        #expect(error.line == 4)
        #expect(error.column == 34)
    }
}
