import ReportPluginKit
@testable import MarkdownWriter
@testable import PlainTextWriter
import Testing

/// Which paragraphs the writers treat as starting like a heading (and so keep on their heading's line).
@Suite("像标题一样开头的段落")
struct HeadingDetectionTests {
    static let headings = ["一、总体", "十二、其他", "（一）领导", "(三)投入", "1.机制", "12．队伍", "3、保障", "（1）小学", "(12)初中"]
    static let bodies = ["1.5亿元已拨付。", "2022年以来，", "一是加强领导。", "（一个）例子", "（）空", "是非", "12", "100%完成"]

    @Test("编号开头的段落", arguments: headings)
    func heading(text: String) {
        #expect(SectionHeadingText.startsLikeHeading(text))
        #expect(SectionHeadingText.startsLikeHeading(text))
    }

    @Test("不是编号开头的段落", arguments: bodies)
    func body(text: String) {
        #expect(!SectionHeadingText.startsLikeHeading(text))
        #expect(!SectionHeadingText.startsLikeHeading(text))
    }
}
