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
        "",
        // Long lines are paragraphs, whatever they hold.
        String(repeating: "教育经费", count: 10) + "来源：区财政",
    ])
    func reportLines(line: String) {
        #expect(!PageChrome.isChrome(Substring(line)))
    }
}
