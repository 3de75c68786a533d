import ReportModel
import Testing
@testable import ReportReading

/// Text copied from a Markdown editor or an AI assistant into a `.txt` keeps its `## 一、…` headings:
/// they are read as the headings they are, at the columns where their text starts.
@Suite struct MarkdownInTextTests {
    static let pasted = """
        ## 一、基本情况
        全区共有学校52所。
        ## 二、履行教育职责情况
        ### （一）领导管理教育工作
        #### 1.健全体制机制
        正文。
        ## 三、存在问题
        问题。
        ## 四、下一步打算
        打算。
        """

    @Test func numberedMarkdownHeadingsInATextFileAreHeadings() {
        let report = ReportReader.read(text: Self.pasted, path: "粘贴的文本.txt", format: .text).report
        #expect(report.sections.map(\.title) == ["基本情况", "履行教育职责情况", "存在问题", "下一步打算"])
        #expect(report.sections.map(\.role) == [.basicInfo, .findings, .problems, .nextSteps])
        let first = report.sections[1].children.first
        #expect(first?.title == "领导管理教育工作")
        #expect(first?.children.first?.title == "健全体制机制")
        // The marker starts after "### ": the hashes count in the columns.
        #expect(first?.marker?.range.start == SourcePosition(line: 4, column: 5))
    }

    @Test func aLoneHashLineDoesNotMakeATextFileMarkdown() {
        let text = "一、基本情况\n# 全区共有学校52所\n二、存在问题\n问题。\n三、下一步打算\n打算。\n"
        let report = ReportReader.read(text: text, path: "草稿.txt", format: .text).report
        #expect(report.sections.map(\.title) == ["基本情况", "存在问题", "下一步打算"])
        #expect(!MarkdownHeadings.dominate(["# 一、只有一个", "正文"]))
        #expect(MarkdownHeadings.dominate(["## 一、基本情况", "  ### （一）学前教育"]))
    }
}
