import DocxWriter
import Foundation
import ReportModel
import ReportReading
import TestSupport
import Testing

/// Render → read gives the same model: metadata, sections with markers and roles, body text block by
/// block, tables and indicators (positions differ: lines in text, paragraphs in Word).
@Suite struct DocxRoundTripTests {
    private func roundTrip(_ document: SourceDocument, path: String) throws -> SourceDocument {
        let data = try DocxWriter().data(for: document.report)
        return try ReportReader.read(data: data, path: path, format: .docx)
    }

    @Test func ownTextFixture() throws {
        let text = try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)
        let original = ReportReader.read(text: text, path: "report.txt", format: .text)
        let again = try roundTrip(original, path: "report.docx")
        #expect(ModelOutline.of(again.report) == ModelOutline.of(original.report))
        #expect(again.report.locationUnit == .paragraph)
        #expect(!original.report.indicatorTables.isEmpty)
    }

    @Test func longTitleIsWrittenOnSeveralLinesAndReadBackWhole() throws {
        let text = """
            青禾县人民政府关于2024年度履行教育职责情况暨县域义务教育
            优质均衡发展督导评估迎检工作推进情况的自查报告
            市人民政府教育督导委员会：
            一、基本情况
            全县共有中小学36所。
            青禾县人民政府
            2025年1月15日
            """
        let original = ReportReader.read(text: text, path: "title.txt", format: .text)
        let title = try #require(original.report.metadata.title?.text)
        #expect(title.count > 45)
        let again = try roundTrip(original, path: "title.docx")
        // The title is one paragraph whose lines are joined by w:br (where they break is DocxLayoutTests'
        // concern). Over 45 characters it reads back as a title only once the reader takes w:br for a
        // line break (issue 15, Reading); until then it is a body paragraph.
        withKnownIssue("标题段内的 w:br 需要读取端按换行处理（问题 15 读取部分）", isIntermittent: true) {
            #expect(again.report.metadata.title?.text == title)
            #expect(ModelOutline.of(again.report) == ModelOutline.of(original.report))
        }
        #expect(again.report.metadata.issuer?.text == "青禾县人民政府")
    }

    @Test(arguments: ["numbered.docx", "styled.docx"])
    func wordFixtures(name: String) throws {
        let original = try DocxFixtures.read(name)
        let again = try roundTrip(original, path: name)
        #expect(ModelOutline.of(again.report) == ModelOutline.of(original.report))
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage), arguments: ["000", "001", "002", "003", "004"])
    func seeds(prefix: String) throws {
        let original = try ReportReader.read(contentsOf: Seeds.url(prefix))
        let again = try roundTrip(original, path: "\(prefix).docx")
        let before = ModelOutline.of(original.report), after = ModelOutline.of(again.report)
        #expect(after == before)
        for (index, pair) in zip(before, after).enumerated() where pair.0 != pair.1 {
            Issue.record("first difference at \(index): \(pair.0) ≠ \(pair.1)")
            break
        }
    }
}
