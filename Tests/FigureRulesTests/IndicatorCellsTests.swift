@testable import FigureRules
import ReportModel
import ReportReading
import Testing

/// Finding an indicator's target or actual cell (what `indicator.target-unmet` and
/// `indicator.subtotal` point at): by the sorted list of each row's lines, whatever the order of
/// the rows, on one line or several, and the row's range when no cell holds the text.
@Suite struct IndicatorCellsTests {
    private static func cell(_ text: String, line: Int, column: Int) -> Table.Cell {
        Table.Cell(text: text, range: SourceRange(line: line, column: column, length: text.count))
    }

    private static func indicator(target: String, actual: String, lines: ClosedRange<Int>) -> Indicator {
        Indicator(
            category: nil, name: "指标", unit: nil, target: IndicatorValue(parsing: target), targetText: target,
            actual: IndicatorValue(parsing: actual), actualText: actual, parent: nil,
            range: SourceRange(start: SourcePosition(line: lines.lowerBound, column: 1),
                               end: SourcePosition(line: lines.upperBound, column: 40)))
    }

    @Test func findsTheCellOnTheIndicatorsLineWhateverTheRowOrder() {
        // Rows listed out of line order (a table assembled from a Word document can be).
        let rows = Table.Rows([
            [Self.cell("指标", line: 9, column: 3), Self.cell("90", line: 9, column: 10), Self.cell("80", line: 9, column: 16)],
            [Self.cell("指标", line: 5, column: 3), Self.cell("100", line: 5, column: 10), Self.cell("95", line: 5, column: 17)],
            [Self.cell("指标", line: 7, column: 3), Self.cell("60", line: 7, column: 10), Self.cell("60", line: 7, column: 16)],
        ])
        let cells = IndicatorCells(rows: rows)
        #expect(cells.range(of: Self.indicator(target: "100", actual: "95", lines: 5...5), column: .actual).start
            == SourcePosition(line: 5, column: 17))
        #expect(cells.range(of: Self.indicator(target: "90", actual: "80", lines: 9...9), column: .target).start
            == SourcePosition(line: 9, column: 10))
        // Equal texts: the target is the left cell, the actual the right one.
        #expect(cells.range(of: Self.indicator(target: "60", actual: "60", lines: 7...7), column: .target).start
            == SourcePosition(line: 7, column: 10))
        #expect(cells.range(of: Self.indicator(target: "60", actual: "60", lines: 7...7), column: .actual).start
            == SourcePosition(line: 7, column: 16))
    }

    @Test func findsACellOfARowOverSeveralLines() {
        let rows = Table.Rows([
            [Self.cell("指标", line: 3, column: 1), Self.cell("12", line: 3, column: 8)],
            [Self.cell("指标", line: 4, column: 1), Self.cell("50", line: 5, column: 2), Self.cell("40", line: 6, column: 2)],
        ])
        let cells = IndicatorCells(rows: rows)
        #expect(cells.range(of: Self.indicator(target: "50", actual: "40", lines: 4...6), column: .actual).start
            == SourcePosition(line: 6, column: 2))
    }

    @Test func fallsBackToTheIndicatorsRange() {
        let cells = IndicatorCells(rows: Table.Rows([[Self.cell("指标", line: 2, column: 1), Self.cell("7", line: 2, column: 5)]]))
        let missing = Self.indicator(target: "8", actual: "9", lines: 2...2)
        #expect(cells.range(of: missing, column: .actual) == missing.range)
        let elsewhere = Self.indicator(target: "7", actual: "7", lines: 30...30)
        #expect(cells.range(of: elsewhere, column: .target) == elsewhere.range)
        let empty = Self.indicator(target: "", actual: "", lines: 2...2)
        #expect(IndicatorCells(rows: []).range(of: empty, column: .target) == empty.range)
    }

    /// Indicators read from a table point at their own cells; the same indicators given whole (a
    /// drafted or decoded report) are found by their texts: the findings must not change.
    @Test func indicatorsGivenWholeAreFoundWhereTheirCellsAre() {
        let draft = """
            | 分类 | 指标 | 目标值 | 完成值 |
            | --- | --- | --- | --- |
            | 学前 | 在园幼儿数（万人） | 60 | 60 |
            |  | 其中：公办（万人） | 40 | 38 |
            |  | 民办 | 30 | 60 |
            | 义务 | 巩固率（%） | >99 | 98.4 |
            """
        let read = ReportReader.read(text: draft, path: "t.md", format: .markdown).report
        var whole = read
        whole.indicatorTables[0].indicators = IndicatorTable.Indicators(Array(read.indicatorTables[0].indicators))
        let found = Figures.check(read)
        #expect(found.map(\.ruleID).sorted() == [
            "indicator.subtotal", "indicator.subtotal", "indicator.target-unmet", "indicator.target-unmet",
            "indicator.unmet-not-addressed", "indicator.unmet-not-addressed",
        ])
        #expect(found.contains { $0.ruleID == "indicator.target-unmet" && $0.range.start == SourcePosition(line: 6, column: 23) })
        #expect(Figures.check(whole) == found)
    }
}
