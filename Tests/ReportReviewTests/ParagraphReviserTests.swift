import Testing
@testable import ReportReview

@Suite struct ParagraphReviserTests {
    let bold = "<w:rPr><w:b/></w:rPr>"

    @Test func acceptingGivesTheFixAndRejectingTheOriginal() throws {
        let paragraph = "<w:p><w:r>\(bold)<w:t>时间为1-</w:t></w:r><w:r><w:t>6月。</w:t></w:r></w:p>"
        var nextID = 10
        let revised = try #require(ParagraphReviser.revise(paragraph, range: 3..<6, replacement: "1—6", nextID: &nextID, date: "2026-12-05T00:00:00Z"))
        #expect(RevisionText.accepted(revised) == "时间为1—6月。")
        #expect(RevisionText.rejected(revised) == "时间为1-6月。")
        #expect(nextID == 13)
        #expect(revised.contains("<w:ins w:id=\"12\" w:author=\"ReportKit\" w:date=\"2026-12-05T00:00:00Z\"><w:r>\(bold)<w:t xml:space=\"preserve\">1—6</w:t></w:r></w:ins>"))
    }

    @Test func rangeOutsideTheTextIsRefusedAndTakesNoIDs() {
        var nextID = 0
        #expect(ParagraphReviser.revise("<w:p><w:r><w:t>短</w:t></w:r></w:p>", range: 4..<6, replacement: "x", nextID: &nextID, date: "d") == nil)
        #expect(nextID == 0)
    }
}
