import Foundation
import ReportModel
import Testing

/// A table's rows are held as one flat list of cells; they must read, change and encode exactly as
/// the array of arrays they replace.
@Suite struct TableRowsTests {
    static func cell(_ text: String, _ line: Int, _ column: Int) -> Table.Cell {
        Table.Cell(text: text, range: SourceRange(line: line, column: column, length: text.count))
    }

    static let nested: [[Table.Cell]] = [
        [cell("指标", 1, 3), cell("目标值", 1, 8), cell("完成值", 1, 14)],
        [cell("入园率", 3, 3), cell("90", 3, 9)],
        [],
        [cell("巩固率", 5, 3), cell(">98.5", 5, 9), cell("97.1", 5, 17), cell("注", 5, 24)],
    ]

    @Test func readsLikeTheArrayOfArrays() {
        let rows = Table.Rows(Self.nested)
        #expect(rows.count == 4)
        #expect(rows.map(\.count) == [3, 2, 0, 4])
        #expect(rows.map { $0.map(\.text) } == Self.nested.map { $0.map(\.text) })
        #expect(rows[3][2].text == "97.1" && rows[3].last?.text == "注" && rows[2].first == nil)
        #expect(rows.allCells.count == 9)
        var appended = Table.Rows()
        for row in Self.nested { appended.appendRow { add in row.forEach(add) } }
        #expect(appended == rows && appended.hashValue == rows.hashValue)
        #expect(rows != Table.Rows([Self.nested[0], Self.nested[1] + Self.nested[3]]))
    }

    @Test func aCellOrARowChangesInPlaceAndLaterRowsFollow() {
        var rows = Table.Rows(Self.nested)
        rows[1][0].text = "毛入园率"
        #expect(rows[1][0].text == "毛入园率" && rows[0][0].text == "指标")
        // A longer row moves the rows after it.
        rows[1] = Table.Row([Self.cell("甲", 3, 1), Self.cell("乙", 3, 3), Self.cell("丙", 3, 5)])
        #expect(rows.map(\.count) == [3, 3, 0, 4])
        #expect(rows[3].map(\.text) == ["巩固率", ">98.5", "97.1", "注"])
        rows[0] = []
        #expect(rows.map(\.count) == [0, 3, 0, 4] && rows[1][2].text == "丙")
    }

    @Test func encodesAsAnArrayOfArrays() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let flat = try encoder.encode(Table(rows: Self.nested, range: SourceRange(line: 1, column: 1, length: 3)))
        struct Nested: Encodable {
            var indicatorTableIndex: Int?
            var range: SourceRange
            var rows: [[Table.Cell]]
        }
        let nested = try encoder.encode(Nested(range: SourceRange(line: 1, column: 1, length: 3), rows: Self.nested))
        #expect(String(decoding: flat, as: UTF8.self) == String(decoding: nested, as: UTF8.self))
        let decoded = try JSONDecoder().decode(Table.self, from: flat)
        #expect(decoded.rows == Table.Rows(Self.nested))
    }
}
