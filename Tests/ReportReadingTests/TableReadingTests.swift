import ReportModel
import Testing
@testable import ReportReading

/// Tables in text and Markdown drafts, including the cases a writer's round trip exposed.
@Suite struct TableReadingTests {
    private func tables(_ text: String, format: InputFormat = .text) -> [Table] {
        let report = ReportReader.read(text: text, path: "t", format: format).report
        return report.allBlocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func tabRowsKeepEmptyCellsAtEitherEnd() throws {
        let text = "分类\t指标\t目标值\t完成值\n学前\t入园率（%）\t90\t92\n\t其中：公办\t50\t51\n学前\t在园幼儿数\t\t\n\t\t\t60\n"
        let table = try #require(tables(text).first)
        #expect(table.rows.map(\.count) == [4, 4, 4, 4, 4])
        #expect(table.rows[2].map(\.text) == ["", "其中：公办", "50", "51"])
        #expect(table.rows[2][1].range == SourceRange(line: 3, column: 2, length: 5))
        #expect(table.rows[4].map(\.text) == ["", "", "", "60"])
    }

    @Test func tablesDoNotMakeOneLineParagraphsLookWrapped() {
        let table = "甲\t乙\n1\t2\n"
        let text = "一、自查情况\n　　甲段。\n　　乙段。\n\n" + table + "\n" + table + "\n" + table
        let report = ReportReader.read(text: text, path: "t", format: .text).report
        let paragraphs = report.sections[0].blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(paragraphs == ["甲段。", "乙段。"])
    }

    @Test func escapedBarsStayInsidePipeCells() throws {
        let table = try #require(tables("| 指标 | 说明 |\n| --- | --- |\n| 生机比 | 100\\|12.8 |\n", format: .markdown).first)
        #expect(table.rows[1].map(\.text) == ["生机比", "100|12.8"])
    }

    @Test func aTableAtTheTopIsNotTheTitle() {
        let report = ReportReader.read(text: "| 指标 | 目标值 | 完成值 |\n| --- | --- | --- |\n| 隐患点（处） | 0 | 2 |\n", path: "t", format: .markdown).report
        #expect(report.metadata.title == nil)
        #expect(report.indicatorTables.first?.indicators.first?.name == "隐患点")
        #expect(report.indicatorTables.first?.indicators.first?.unit == "处")
    }
}
