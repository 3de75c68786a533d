import Foundation
import ReportModel
import ReportReading
import Testing

/// Soft line breaks (`w:br` without a page or column type, Shift+Enter; `w:cr`) and tabs are read as
/// Word shows them: each soft line is a line of the draft, located as 第N段第K行.
@Suite struct DocxSoftBreakTests {
    /// A draft pasted from a web page: the whole report in one paragraph, its lines soft-broken.
    static let pastedDraft = [
        "青禾县人民政府关于2024年度履行教育职责情况的自查报告", "市人民政府教育督导委员会：",
        "一、履行教育职责情况", "全县共有中小学36所，在校学生2.8万人。",
        "二、存在的问题", "部分农村学校音体美教师不足。",
        "三、下一步工作打算", "一是补充紧缺学科教师。", "青禾县人民政府", "2025年1月15日",
    ]

    @Test func softBrokenLinesAreLinesOfTheDraft() throws {
        let document = try MiniDocx.read(body: MiniDocx.softBroken(Self.pastedDraft.joined(separator: "\n")))
        #expect(document.lines.strings == Self.pastedDraft)
        let report = document.report
        #expect(report.sections.map(\.title) == ["履行教育职责情况", "存在的问题", "下一步工作打算"])
        #expect(report.sections.map(\.role) == [.findings, .problems, .nextSteps])
        #expect(report.metadata.title?.text == "青禾县人民政府关于2024年度履行教育职责情况的自查报告")
        #expect(report.metadata.recipients?.text == "市人民政府教育督导委员会")
        #expect(report.metadata.date?.text == "2025年1月15日")
        // All soft lines are the one paragraph Word's user sees: 第1段, line K.
        let locator = try #require(document.paragraphLocator)
        let problems = locator.location(of: SourcePosition(line: 5, column: 1))
        #expect(problems.paragraph == 1 && problems.softLine == 5 && problems.paragraphIndex == 0)
        #expect("\(problems)" == "第1段第5行（“二、存在的问题”）")
    }

    @Test func theThreeMissingPartsAreNoLongerReported() throws {
        let data = try MiniDocx.data(body: MiniDocx.softBroken(Self.pastedDraft.joined(separator: "\n")))
        let found = try DocxLintSupport.lint(data)
        #expect(!found.contains { $0.rule.hasPrefix("structure.") }, "\(found.map(\.rule))")
    }

    @Test func carriageReturnsTabsAndPageBreaks() throws {
        let body = """
            <w:p><w:r><w:t>第一行</w:t><w:cr/><w:t>第二行</w:t><w:br w:type="textWrapping"/><w:t>第三行</w:t></w:r></w:p>\
            <w:p><w:r><w:t>分页前</w:t><w:br w:type="page"/><w:t>分页后</w:t><w:br w:type="column"/><w:t>分栏后</w:t></w:r></w:p>\
            <w:p><w:r><w:tab/><w:t>一、</w:t><w:tab/><w:t>基本情况</w:t></w:r></w:p>
            """
        let document = try MiniDocx.read(body: body)
        #expect(document.lines == ["第一行", "第二行", "第三行", "分页前分页后分栏后", "\t一、\t基本情况"])
        #expect(document.report.sections.map(\.title) == ["基本情况"])
        #expect(document.tableRows.isEmpty)
        let locator = try #require(document.paragraphLocator)
        #expect("\(locator.location(of: SourcePosition(line: 2, column: 1)))" == "第1段第2行（“第二行”）")
        #expect("\(locator.location(of: SourcePosition(line: 4, column: 1)))" == "第2段（“分页前分页后分栏后”）")
    }

    @Test func aSoftBreakInATableCellDoesNotSplitTheRow() throws {
        let body = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>在园幼儿数</w:t><w:br/><w:t>（万人）</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>2.1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        let document = try MiniDocx.read(body: body)
        #expect(document.lines == ["在园幼儿数（万人）\t2.1"])
    }

    @Test func aHeadingStyleAppliesToTheFirstSoftLineOnly() throws {
        let styles = #"<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>"#
        let body = MiniDocx.paragraph("报告") + MiniDocx.paragraph("开头一段。")
            + MiniDocx.softBroken("工作成效\n全县入园率达到95%。", style: "2")
        let document = try MiniDocx.read(body: body, styles: styles)
        #expect(document.lines == ["报告", "开头一段。", "工作成效", "全县入园率达到95%。"])
        #expect(document.report.allSections.map(\.title) == ["工作成效"])
        #expect(document.report.allSections.first?.blocks.count == 1)
    }
}
