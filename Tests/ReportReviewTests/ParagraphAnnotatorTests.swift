import Testing
@testable import ReportReview

@Suite struct ParagraphAnnotatorTests {
    let italic = "<w:rPr><w:i/></w:rPr>"

    @Test func commentCoversExactlyTheCharactersAcrossTwoRuns() throws {
        let paragraph = "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r>\(italic)<w:t>全区学校</w:t></w:r><w:r><w:t xml:space=\"preserve\">共12所。</w:t></w:r></w:p>"
        let annotated = try #require(ParagraphAnnotator.annotate(paragraph, range: 2..<6, commentID: 5))
        #expect(annotated == "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>"
            + "<w:r>\(italic)<w:t xml:space=\"preserve\">全区</w:t></w:r><w:commentRangeStart w:id=\"5\"/>"
            + "<w:r>\(italic)<w:t xml:space=\"preserve\">学校</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">共1</w:t></w:r><w:commentRangeEnd w:id=\"5\"/><w:r><w:commentReference w:id=\"5\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">2所。</w:t></w:r></w:p>")
    }

    @Test func rangeBeyondTheTextIsRefused() {
        let paragraph = "<w:p><w:r><w:t>短</w:t></w:r></w:p>"
        #expect(ParagraphAnnotator.annotate(paragraph, range: 3..<5, commentID: 0) == nil)
    }
}
