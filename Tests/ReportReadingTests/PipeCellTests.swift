import ReportModel
import Testing
@testable import ReportReading

/// Pipe-table cells read scalar by scalar (and Character by Character where a row needs it): the same
/// texts and columns whichever way a row is read.
@Suite struct PipeCellTests {
    private func rows(_ markdown: String) throws -> [[Table.Cell]] {
        let report = ReportReader.read(text: markdown, path: "t.md", format: .markdown).report
        let table = try #require(report.allBlocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        return table.rows.map { Array($0) }
    }

    @Test func spacesAroundCellsAreTrimmedAndIndentsCounted() throws {
        let cells = try rows("| 指标 | 值 |\n| --- | --- |\n|　全区 | \u{00A0}90\u{200B}\t|\n")[1]
        #expect(cells.map(\.text) == ["全区", "90"])
        // A full-width space indents the text one column; a no-break space is trimmed but (as ever)
        // not counted, so the second cell's column is the no-break space's.
        #expect(cells[0].range == SourceRange(line: 3, column: 3, length: 2))
        #expect(cells[1].range == SourceRange(line: 3, column: 8, length: 2))
    }

    @Test func everySpaceSeparatorIsTrimmedAtTheEnd() throws {
        let cells = try rows("| 甲 | 乙 |\n| --- | --- |\n| 九十\u{202F}\u{3000}\u{1680} | 九\u{205F}十\u{2009} |\n")[1]
        #expect(cells.map(\.text) == ["九十", "九\u{205F}十"])
        #expect(cells.map(\.range.end.column) == [5, 14])
    }

    @Test func escapesResolveAndATrailingBackslashStays() throws {
        let cells = try rows("| 甲 | 乙 | 丙 |\n| --- | --- | --- |\n| a\\\\b | 100\\|12.8 | c \\\n")[1]
        #expect(cells.map(\.text) == ["a\\b", "100|12.8", "c \\"])
        #expect(cells[1].range == SourceRange(line: 3, column: 10, length: 8))
    }

    @Test func rowsWithCombiningMarksAndEmojiCountCharacters() throws {
        let table = try rows("| 指标 | 值 |\n| --- | --- |\n| e\u{301}学生 | 👍🏽 2 |\n| 学生 | 3 |\n")
        #expect(table[1].map(\.text) == ["e\u{301}学生", "👍🏽 2"])
        #expect(table[1][1].range == SourceRange(line: 3, column: 9, length: 3))
        #expect(table[2][1].range == SourceRange(line: 4, column: 8, length: 1))
    }

    /// A control character (escaped or not) may join its neighbours: its row is read Character by
    /// Character, to the same texts and columns.
    @Test func rowsWithControlCharactersAreReadCharacterByCharacter() throws {
        let cells = try rows("| 甲 | 乙 | 丙 |\n| --- | --- | --- |\n| a\u{7}b | \\\u{7} | 九 |\n")[1]
        #expect(cells.map(\.text) == ["a\u{7}b", "\u{7}", "九"])
        #expect(cells.map(\.range.start.column) == [3, 9, 14])
        #expect(cells.map(\.range.end.column) == [6, 10, 15])
    }

    /// A cell of spaces is empty at the column after its indentation; a full-width bar is text; a
    /// tab is trimmed but, unlike a space, not counted as indentation.
    @Test func blankCellsFullWidthBarsAndTabs() throws {
        let table = try rows("| 甲 | 乙 | 丙 |\n| --- | --- | --- |\n|    |\u{3000}| 丙｜丁 |\n| 七  \t | \t八 | x |\n")
        #expect(table[1].map(\.text) == ["", "", "丙｜丁"])
        #expect(table[1].map(\.range) == [
            SourceRange(line: 3, column: 6, length: 0), SourceRange(line: 3, column: 8, length: 0), SourceRange(line: 3, column: 10, length: 3),
        ])
        #expect(table[2].map(\.text) == ["七", "八", "x"])
        #expect(table[2].map(\.range.start.column) == [3, 10, 15])
    }

    /// A cell of one space each side of its text is read without the trimming loops, unless the
    /// text's first or last scalar may itself be trimmed or indent: every edge reads the same.
    @Test func cellsWithOneSpaceEachSide() throws {
        let cells = try rows(
            "| 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 | 辛 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
                + "| 九\u{00A0} | \u{3000}x | x\u{2009} | \tx | é | ＞5 | a | 一 |\n")[1]
        #expect(cells.map(\.text) == ["九", "x", "x", "x", "é", "＞5", "a", "一"])
        #expect(cells.map(\.range.start.column) == [3, 9, 13, 18, 23, 27, 32, 36])
        #expect(cells.map(\.range.end.column) == [4, 10, 14, 19, 24, 29, 33, 37])
    }
}
