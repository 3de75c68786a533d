import ReportModel
import Testing
@testable import ReportReading

/// Text pasted from a PDF breaks lines inside a sentence, even inside 《…》; such a line goes on on
/// the next line, so that the pair is one pair and its positions stay where they were written.
@Suite struct BrokenPairLineTests {
    private static func paragraphs(_ text: String) -> [Paragraph] {
        let report = ReportReader.read(text: text, path: "草稿.txt", format: .text).report
        return report.sections.flatMap(\.allBlocks).compactMap { block in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
    }

    @Test func aTitleBrokenOverTwoLinesIsOneParagraph() throws {
        let text = "一、自查情况\n　　依据《重庆市教育委员会关于印发\n重庆市评价方案的通知》要求开展工作。\n全区新建学校3所。\n"
        let found = Self.paragraphs(text)
        #expect(found.map(\.text) == ["依据《重庆市教育委员会关于印发重庆市评价方案的通知》要求开展工作。", "全区新建学校3所。"])
        // The closing mark keeps its own line and column.
        let paragraph = try #require(found.first)
        let close = try #require(paragraph.text.firstIndex(of: "》"))
        let offset = paragraph.text.distance(from: paragraph.text.startIndex, to: close)
        #expect(paragraph.span.position(atCharacter: offset) == SourcePosition(line: 3, column: 11))
    }

    @Test func aStrayOpeningMarkJoinsAtMostTwoLines() {
        let text = "一、自查情况\n依据《方案\n第二行\n第三行\n第四行。\n"
        #expect(Self.paragraphs(text).map(\.text) == ["依据《方案第二行第三行", "第四行。"])
    }

    @Test func aLineEndingItsSentenceOrAHeadingAfterItEndsTheParagraph() {
        let text = "一、自查情况\n依据《方案：\n（一）加强领导\n领导有力。\n"
        #expect(Self.paragraphs(text).map(\.text) == ["依据《方案：", "领导有力。"])
    }
}
