import Testing
@testable import ReportReview

@Suite struct ParagraphEditorTests {
    let bold = "<w:rPr><w:b/><w:rFonts w:eastAsia=\"仿宋_GB2312\"/></w:rPr>"
    let date = "2026-12-05T00:00:00Z"

    func runs(_ xml: String) -> ParagraphRuns { ParagraphRuns(xml: xml, paragraph: xml.startIndex..<xml.endIndex) }

    func edited(_ xml: String, _ edits: ParagraphEdits, nextID: Int = 100) -> String {
        var id = nextID
        return ParagraphEditor(paragraph: runs(xml), date: date).apply(edits, nextID: &id)
    }

    /// The text between a comment's two marks.
    func commented(_ xml: String, id: Int) -> String {
        guard let start = xml.range(of: "<w:commentRangeStart w:id=\"\(id)\"/>"),
              let end = xml.range(of: "<w:commentRangeEnd w:id=\"\(id)\"/>") else { return "<none>" }
        return RevisionText.accepted(String(xml[start.upperBound..<end.lowerBound]))
    }

    @Test func textCountsTabsBreaksAndEntitiesAndSkipsHiddenDeletedAndFieldCodes() {
        let xml = "<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>甲&amp;</w:t><w:tab/><w:t>乙</w:t><w:br/><w:br w:type=\"page\"/></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>藏</w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>删</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\"><w:r><w:t>增</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>&#x4E01;</w:t></w:r></w:p>"
        let paragraph = runs(xml)
        #expect(paragraph.text == "甲&\t乙\n增3丁")
        let revisable = paragraph.runs.filter { $0.length > 0 }.map(\.isRevisable)
        #expect(revisable == [true, false, false, true]) // 增 is in an insertion, 3 is a field's result
    }

    @Test func commentCoversExactlyTheCharactersAcrossTwoRunsKeepingTheirFormatting() {
        let xml = "<w:p><w:r>\(bold)<w:t>全区共有学校</w:t></w:r><w:r><w:t>12所。</w:t></w:r></w:p>"
        var edits = ParagraphEdits()
        edits.commentStarts = [(4, 7)]
        edits.commentEnds = [(8, 7)]
        let result = edited(xml, edits)
        #expect(commented(result, id: 7) == "学校12")
        #expect(result.hasPrefix("<w:p><w:r>\(bold)<w:t xml:space=\"preserve\">全区共有</w:t></w:r><w:commentRangeStart w:id=\"7\"/><w:r>\(bold)<w:t xml:space=\"preserve\">学校</w:t></w:r>"))
        #expect(result.contains("<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r><w:r><w:t xml:space=\"preserve\">所。</w:t></w:r></w:p>"))
        #expect(RevisionText.accepted(result) == "全区共有学校12所。")
    }

    @Test func offsetsAfterATabAndAnEmojiLandOnTheRightCharacters() {
        let xml = "<w:p><w:r><w:t>👍🏽</w:t><w:tab/><w:t>学生8000人,教师</w:t></w:r></w:p>"
        #expect(runs(xml).text == "👍🏽\t学生8000人,教师")
        var edits = ParagraphEdits()
        edits.commentStarts = [(9, 1)]
        edits.commentEnds = [(10, 1)]
        let result = edited(xml, edits)
        #expect(commented(result, id: 1) == ",")
        #expect(result.contains("<w:tab/>"))
    }

    @Test func revisionAcceptedGivesTheFixAndRejectedTheOriginal() {
        let xml = "<w:p><w:r>\(bold)<w:t>时间为1-</w:t></w:r><w:r><w:t>6月。</w:t></w:r></w:p>"
        let editor = ParagraphEditor(paragraph: runs(xml), date: date)
        #expect(editor.canRevise(3..<6))
        var edits = ParagraphEdits()
        edits.revisions = [.init(range: 3..<6, replacement: "1—6")]
        var nextID = 10
        let result = editor.apply(edits, nextID: &nextID)
        #expect(RevisionText.accepted(result) == "时间为1—6月。")
        #expect(RevisionText.rejected(result) == "时间为1-6月。")
        #expect(nextID == 13) // two deletion pieces and one insertion
        #expect(result.contains("<w:ins w:id=\"12\" w:author=\"ReportKit\" w:date=\"\(date)\"><w:r>\(bold)<w:t xml:space=\"preserve\">1—6</w:t></w:r></w:ins>"))
    }

    @Test func insertionAtTheEndTakesTheLastRunsFormatting() {
        let xml = "<w:p><w:r>\(bold)<w:t>到2025年</w:t></w:r></w:p>"
        let editor = ParagraphEditor(paragraph: runs(xml), date: date)
        #expect(editor.canRevise(6..<6))
        var edits = ParagraphEdits()
        edits.revisions = [.init(range: 6..<6, replacement: "。")]
        let result = edited(xml, edits)
        #expect(RevisionText.accepted(result) == "到2025年。")
        #expect(RevisionText.rejected(result) == "到2025年")
    }

    @Test func noChangeInsideAFieldOrAnInsertionAndCommentsMoveToTheFieldsEdge() {
        let xml = "<w:p><w:r><w:t>见第</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>12</w:t></w:r></w:fldSimple>"
            + "<w:ins w:id=\"4\"><w:r><w:t>页</w:t></w:r></w:ins><w:r><w:drawing><wp:inline><w:t>图</w:t></wp:inline></w:drawing><w:t>表</w:t></w:r></w:p>"
        let editor = ParagraphEditor(paragraph: runs(xml), date: date)
        #expect(runs(xml).text == "见第12页表")
        #expect(!editor.canRevise(2..<4))
        #expect(!editor.canRevise(4..<5))
        #expect(editor.canRevise(0..<2))
        var edits = ParagraphEdits()
        edits.commentStarts = [(5, 3)] // inside the run with a picture: it cannot be split
        edits.commentEnds = [(5, 3)]
        let result = edited(xml, edits)
        #expect(result.contains("<w:commentRangeStart w:id=\"3\"/><w:r><w:drawing>"))
    }

    @Test func marksOfNoWidthStayInTheirRun() {
        let xml = "<w:p><w:r><w:t>一二</w:t><w:lastRenderedPageBreak/><w:t>三四</w:t></w:r></w:p>"
        var edits = ParagraphEdits()
        edits.commentStarts = [(1, 0)]
        edits.commentEnds = [(3, 0)]
        let result = edited(xml, edits)
        #expect(result.components(separatedBy: "<w:lastRenderedPageBreak/>").count == 2)
        #expect(commented(result, id: 0) == "二三")
    }

    @Test func anEmptyParagraphIsOpenedForItsMarks() {
        var edits = ParagraphEdits()
        edits.commentStarts = [(0, 2)]
        edits.commentEnds = [(0, 2)]
        #expect(edited("<w:p/>", edits) == "<w:p><w:commentRangeStart w:id=\"2\"/><w:commentRangeEnd w:id=\"2\"/><w:r><w:commentReference w:id=\"2\"/></w:r></w:p>")
    }

    @Test func newTextIsEscaped() {
        let xml = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
        var edits = ParagraphEdits()
        edits.revisions = [.init(range: 0..<1, replacement: "<b&c>")]
        #expect(edited(xml, edits).contains("<w:t xml:space=\"preserve\">&lt;b&amp;c&gt;</w:t>"))
    }
}
