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

    /// The 其中 groups as a clerk writes them: parts under a head until a unit or category differs,
    /// a second 其中 run joining the same head, `其中:` and a bare `其中`, a blank unit taking the head's.
    @Test func partsJoinTheirHeadUntilTheUnitOrCategoryChanges() throws {
        let text = """
            一、自查情况

            | 分类 | 指标 | 单位 | 目标值 | 完成值 |
            | --- | --- | --- | --- | --- |
            | 学前 | 在园幼儿数 | 人 | 100 | 98 |
            |  | 其中：公办 | 人 | 60 | 58 |
            |  | 民办 |  | 40 | 40 |
            |  | 其中：普惠 | 人 | 30 | 30 |
            |  | 入园率 | % | 90 | 92 |
            |  | 其中:城区 |  | 95 | 96 |
            | 义务教育 | 农村 | % | 85 | 88 |
            |  | 教师数 | 人 | 50 | 50 |
            |  | 其中专任教师 | 人 | 45 | 44 |
            """
        let report = ReportReader.read(text: text, path: "t.md", format: .markdown).report
        let indicators = try #require(report.indicatorTables.first).indicators
        #expect(indicators.map(\.name) == ["在园幼儿数", "公办", "民办", "普惠", "入园率", "城区", "农村", "教师数", "专任教师"])
        #expect(indicators.map(\.parent) == [nil, 0, 0, 0, nil, 4, nil, nil, 7])
        #expect(indicators.map(\.unit) == ["人", "人", "人", "人", "%", "%", "%", "人", "人"])
        #expect(indicators.map(\.category) == ["学前", "学前", "学前", "学前", "学前", "学前", "义务教育", "义务教育", "义务教育"])
    }
}
