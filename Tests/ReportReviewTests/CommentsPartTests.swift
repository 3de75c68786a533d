import Testing
@testable import ReportReview

@Suite struct CommentsPartTests {
    @Test func newPartHoldsEachCommentSignedByReportKit() {
        let xml = CommentsPart.xml(adding: [WordComment(id: 0, lines: ["错误 · 标点", "建议：改为“。”"])], to: nil, date: "2026-12-05T00:00:00Z")
        #expect(xml.contains("<w:comment w:id=\"0\" w:author=\"ReportKit\""))
        #expect(xml.contains("<w:t xml:space=\"preserve\">建议：改为“。”</w:t>"))
        #expect(xml.hasSuffix("</w:comments>"))
    }

    @Test func appendingUsesFreshIDsAndKeepsExistingComments() {
        let existing = "<w:comments xmlns:w=\"x\"><w:comment w:id=\"3\" w:author=\"张三\"><w:p/></w:comment></w:comments>"
        let first = CommentsPart.firstFreeID(in: existing)
        #expect(first == 4)
        let xml = CommentsPart.xml(adding: [WordComment(id: first, lines: ["提示"])], to: existing, date: "d")
        #expect(xml.hasPrefix("<w:comments xmlns:w=\"x\"><w:comment w:id=\"3\" w:author=\"张三\"><w:p/></w:comment><w:comment w:id=\"4\""))
        #expect(CommentsPart.firstFreeID(in: nil) == 0)
    }
}
