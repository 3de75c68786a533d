import Foundation
@testable import ReportModel
import Testing
@testable import ReportReading

/// Indicators read from a table are made from its cells when asked for (`IndicatorTable.Indicators`):
/// they must read exactly as indicators given whole, and edits must stick.
@Suite struct IndicatorRowsTests {
    private static let markdown = """
        | 分类 | 指标 | 单位 | 2024年目标 | 2024年完成 |
        | --- | --- | --- | --- | --- |
        | 学前教育 | 在园幼儿数（万人） |  | 2.1 | 2.0 |
        |  | 其中：公办（万人） |  | 1.2 | 1.1 |
        |  | 民办 |  | 0.9 | 0.9 |
        |  |  |  |  |  |
        | 义务教育 | 巩固率 | % | >98.5 | 97.1 |
        |  | 生均面积（平方米） | 米 | 12.50 | 11.75 |
        | 保障 | 生机比 |
        """

    private static func table() throws -> IndicatorTable {
        let report = ReportReader.read(text: markdown, path: "t.md", format: .markdown).report
        return try #require(report.indicatorTables.first)
    }

    private static func range(_ line: Int, _ columns: Range<Int>) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: columns.lowerBound), end: SourcePosition(line: line, column: columns.upperBound))
    }

    private static func value(_ text: String) -> IndicatorValue? { IndicatorValue(parsing: text) }

    @Test func rowsReadAsTheIndicatorsTheyWrite() throws {
        let indicators = try Self.table().indicators
        let expected = [
            Indicator(category: "学前教育", name: "在园幼儿数", unit: "万人", target: Self.value("2.1"), targetText: "2.1",
                      actual: Self.value("2.0"), actualText: "2.0", parent: nil, range: Self.range(3, 3..<34)),
            Indicator(category: "学前教育", name: "公办", unit: "万人", target: Self.value("1.2"), targetText: "1.2",
                      actual: Self.value("1.1"), actualText: "1.1", parent: 0, range: Self.range(4, 4..<30)),
            // A part without a unit of its own takes its group's.
            Indicator(category: "学前教育", name: "民办", unit: "万人", target: Self.value("0.9"), targetText: "0.9",
                      actual: Self.value("0.9"), actualText: "0.9", parent: 0, range: Self.range(5, 4..<23)),
            Indicator(category: "义务教育", name: "巩固率", unit: "%", target: Self.value(">98.5"), targetText: ">98.5",
                      actual: Self.value("97.1"), actualText: "97.1", parent: nil, range: Self.range(7, 3..<32)),
            // The 单位 column wins over the name's brackets.
            Indicator(category: "义务教育", name: "生均面积", unit: "米", target: Self.value("12.50"), targetText: "12.50",
                      actual: Self.value("11.75"), actualText: "11.75", parent: nil, range: Self.range(8, 4..<35)),
            // A short row: its missing cells read as empty.
            Indicator(category: "保障", name: "生机比", unit: nil, target: nil, targetText: "", actual: nil, actualText: "",
                      parent: nil, range: Self.range(9, 3..<11)),
        ]
        #expect(Array(indicators) == expected)
        #expect(indicators == IndicatorTable.Indicators(expected))
        #expect(indicators.hashValue == IndicatorTable.Indicators(expected).hashValue)
        #expect(indicators.indices.map(indicators.parent(of:)) == expected.map(\.parent))
        #expect(indicators.indices.map(indicators.missesTarget(at:)) == expected.map(\.missesTarget))
    }

    @Test func aFigureIsFoundInItsOwnCell() throws {
        let indicators = try Self.table().indicators
        #expect(indicators.cellRange(at: 3, of: .target) == Self.range(7, 20..<25))
        #expect(indicators.cellRange(at: 3, of: .actual) == Self.range(7, 28..<32))
        // No cell: the row; an indicator given whole has no cells at all.
        #expect(indicators.cellRange(at: 5, of: .target) == indicators[5].range)
        #expect(IndicatorTable.Indicators(Array(indicators)).cellRange(at: 0, of: .target) == nil)
    }

    @Test func editsAndInsertionsStick() throws {
        var indicators = try Self.table().indicators
        let original = Array(indicators)
        indicators[1].name = "公办园"
        indicators.insert(original[3], at: 0)
        indicators.removeLast()
        indicators.append(original[0])
        var expected = original
        expected[1].name = "公办园"
        expected.insert(original[3], at: 0)
        expected.removeLast()
        expected.append(original[0])
        #expect(Array(indicators) == expected)
        #expect(indicators.indices.map(indicators.parent(of:)) == expected.map(\.parent))
        #expect(indicators != (try Self.table().indicators))
    }

    /// Many edits, checked against an array doing the same: rows removed or replaced do not pile up.
    @Test func manyEditsMatchAnArrayAndStayBounded() throws {
        var indicators = try Self.table().indicators
        var expected = Array(indicators)
        var generator = SystemRandomNumberGenerator()
        for step in 0..<2_000 {
            let position = Int.random(in: 0...expected.count, using: &generator)
            // As many removals as insertions: the list stays short while removed rows would pile up.
            let operation = expected.isEmpty ? 4 : Int.random(in: 0..<5, using: &generator)
            switch operation {
            case 0, 1:
                let index = min(position, expected.count - 1)
                indicators.remove(at: index)
                expected.remove(at: index)
            case 2:
                let index = min(position, expected.count - 1)
                indicators[index].name += "\(step)"
                expected[index].name += "\(step)"
            default:
                let indicator = expected.isEmpty ? Indicator(
                    category: nil, name: "新增", unit: nil, target: nil, targetText: "", actual: nil, actualText: "",
                    parent: nil, range: SourceRange(line: 1, column: 1, length: 1)) : expected[position % expected.count]
                indicators.insert(indicator, at: position)
                expected.insert(indicator, at: position)
            }
            #expect(indicators.storedCount <= 2 * indicators.count + 17)
        }
        #expect(Array(indicators) == expected)
        #expect(indicators == IndicatorTable.Indicators(expected))
    }

    @Test func indicatorsEncodeAsTheArrayTheyRead() throws {
        let table = try Self.table()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let whole = IndicatorTable(
            targetHeader: table.targetHeader, actualHeader: table.actualHeader, indicators: Array(table.indicators),
            range: table.range)
        #expect(try encoder.encode(table) == encoder.encode(whole))
        let decoded = try JSONDecoder().decode(IndicatorTable.self, from: encoder.encode(table))
        #expect(decoded == table)
        #expect(Self.json(table) == Self.json(whole))
    }

    private static func json(_ table: IndicatorTable) -> [UInt8] {
        var writer = JSONWriter()
        table.writeJSON(to: &writer)
        return writer.bytes
    }

    /// What a table of 100k rows keeps per indicator.
    @Test func aRowReadFromCellsTakesSixteenBytes() {
        #expect(MemoryLayout<IndicatorTable.Indicators.Record>.stride == 16)
    }
}
