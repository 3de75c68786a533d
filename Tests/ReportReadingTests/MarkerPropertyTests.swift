import PropertyBased
import ReportModel
import Testing
@testable import ReportReading

/// Every marker a writer can produce is read back as the same style and ordinal.
@Suite struct MarkerPropertyTests {
    @Test func formattedMarkersReadBack() async {
        await propertyCheck(input: Gen<MarkerStyle>.case, Gen.int(in: 1...99)) { style, ordinal in
            let text = style.format(ordinal) + "标题"
            let match = MarkerScanner.match(Substring(text))
            #expect(match?.style == style)
            #expect(match?.ordinal == ordinal)
            #expect(match?.raw == style.format(ordinal))
        }
    }

    @Test(arguments: ["1.5亿元投入", "2022年以来", "一是加强", "（含民办）", "(a)", "12345.项目", "十一"])
    func numbersAndWordsAreNotMarkers(text: String) {
        #expect(MarkerScanner.match(Substring(text)) == nil)
    }

    @Test(arguments: [
        ("以党的领导统领全区教育工作2021年以来,坚持", "以党的领导统领全区教育工作"),
        ("加强组织领导。坚持教育优先", "加强组织领导"),
        ("严格落实国家课程方案,不断加强监管。严格执行课程计划", "严格落实国家课程方案,不断加强监管"),
        ("全力推进学前教育普惠性发展不断优化幼儿园布局,大力发展", "全力推进学前教育普惠性发展"),
        ("落实教育优先发展", "落实教育优先发展"),
    ])
    func headingSplitsFromRunInBody(line: String, title: String) {
        let split = HeadingSplitter.split(ScalarText(line))
        #expect(String(Array(line).prefix(split.titleLength)) == title)
    }
}
