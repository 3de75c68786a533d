import Testing
@testable import ReportReview

@Suite struct RunSplitterTests {
    let bold = "<w:rPr><w:b/><w:rFonts w:eastAsia=\"仿宋_GB2312\"/></w:rPr>"

    @Test func splitKeepsPropertiesOnEveryPiece() {
        let run = TextRun(properties: bold, text: "全区共有学校12所。")
        let pieces = run.split(at: 4..<8)
        #expect(pieces.before == TextRun(properties: bold, text: "全区共有"))
        #expect(pieces.inside == TextRun(properties: bold, text: "学校12"))
        #expect(pieces.after == TextRun(properties: bold, text: "所。"))
    }

    @Test func rangeAtTheEdgesLeavesNoEmptyRuns() {
        let run = TextRun(properties: "", text: "自查自评")
        let pieces = run.split(at: 0..<9)
        #expect(pieces.before == nil)
        #expect(pieces.inside?.text == "自查自评")
        #expect(pieces.after == nil)
    }

    @Test func trackedChangeDeletesOldAndInsertsNewWithSameFormatting() {
        let old = TextRun(properties: bold, text: "1-6月")
        let xml = TrackedChange.xml(replacing: old, with: "1—6月", ids: (deletion: 7, insertion: 8), date: "2026-12-05T00:00:00Z")
        #expect(xml == "<w:del w:id=\"7\" w:author=\"ReportKit\" w:date=\"2026-12-05T00:00:00Z\"><w:r>\(bold)<w:delText xml:space=\"preserve\">1-6月</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"8\" w:author=\"ReportKit\" w:date=\"2026-12-05T00:00:00Z\"><w:r>\(bold)<w:t xml:space=\"preserve\">1—6月</w:t></w:r></w:ins>")
    }

    @Test func textIsEscaped() {
        #expect(TextRun(properties: "", text: "a<b&c").xml() == "<w:r><w:t xml:space=\"preserve\">a&lt;b&amp;c</w:t></w:r>")
    }
}

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
