import ReportModel
import Testing
@testable import ReportReading

/// The navigation lines of a web copy are recognised from their bytes, and report text is not.
@Suite struct PageChromeTests {
    @Test(arguments: [
        "• [ 索引号 ] 11500000MB1234567X/2024-00012",
        "[ 发布日期 ]",
        ">",
        "|",
        "您当前的位置：首页 > 政务公开",
        "扫一扫在手机打开当前页",
        "【打印】【关闭】",
        "来源：区教委",
        "责任编辑：张三",
        "发布时间：2023-05-06　来源：区教委　浏览次数：1024",
        "发布时间：2023-05-06 来源：区教委",
        "【字体：大 中 小】",
    ])
    func chromeLines(line: String) {
        #expect(PageChrome.isChrome(Substring(line)))
    }

    @Test(arguments: [
        "一、自查情况",
        "| 分类1 | 在校学生数 | 人 | 300 | 290 |",
        ">>",
        "[ 索引号",
        "全区共有学校32所，资金来源多元。",
        // The report's own sentences and fields that use the words of a web page's fields.
        "数据来源：区教委2023年教育事业统计。",
        "资金来源：区级财政",
        "经费来源：区财政拨款，共计1200万元",
        "来源：区教委2023年教育事业统计年报。",
        "| 资金来源：区财政 | 1200 |",
        "",
        // Long lines are paragraphs, whatever they hold.
        String(repeating: "教育经费", count: 10) + "来源：区财政",
    ])
    func reportLines(line: String) {
        #expect(!PageChrome.isChrome(Substring(line)))
    }

    /// A draft's short paragraph that names where its figures come from stays in the report (it was
    /// taken for a web page's 来源 field and dropped, unchecked and missing from every output).
    @Test func aSourceNoteStaysInTheReport() {
        let text = "一、自查情况\n\n全区学前教育毛入园率达到95%。\n\n数据来源：区教委2023年教育事业统计。\n\n资金来源：区级财政\n\n二、存在问题\n\n经费不足。\n"
        let report = ReportReader.read(text: text, path: "草稿.txt", format: .text).report
        let paragraphs = report.sections[0].blocks.flatMap(\.textSpans).map(\.text)
        #expect(paragraphs == ["全区学前教育毛入园率达到95%。", "数据来源：区教委2023年教育事业统计。", "资金来源：区级财政"])
    }
}
