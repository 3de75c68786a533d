import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import ReportReview
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Random paragraphs of every run shape ReportReview meets (formatted runs, tabs, soft breaks, hidden
/// runs, another reviewer's insertion, a field, a hyperlink, emoji and characters to escape) with a
/// random comment and a random change: the result is well-formed, the text Word shows is unchanged
/// by the comment, the comment covers exactly its characters where the runs can be split, and a
/// change accepted gives the new text and rejected the old.
@Suite struct ParagraphEditorPropertyTests {
    static let alphabet: [Character] = ["甲", "乙", "丙", ",", "。", "Ｘ", "x", "&", "<", "👍🏽", "1", " "]

    static func text(_ random: inout SplitMix) -> String {
        String((0..<Int.random(in: 1...5, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    static func plainRun(_ text: String, _ random: inout SplitMix) -> String {
        let properties = ["", "<w:rPr><w:b/></w:rPr>", "<w:rPr><w:i/><w:sz w:val=\"32\"/></w:rPr>"].randomElement(using: &random)!
        return "<w:r w:rsidR=\"00AB\">\(properties)<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>"
    }

    /// A paragraph's XML and the text the reader shows for it.
    static func paragraph(_ random: inout SplitMix) -> (xml: String, text: String) {
        var xml = "<w:p><w:pPr><w:jc w:val=\"both\"/><w:rPr><w:b/></w:rPr></w:pPr>", shown = ""
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let text = Self.text(&random)
            switch Int.random(in: 0...9, using: &random) {
            case 0:
                xml += "<w:r><w:tab/></w:r>"; shown += "\t"
            case 1:
                xml += "<w:r><w:t>\(XMLText.escaped(text))</w:t><w:br/><w:t>甲</w:t></w:r>"; shown += text + "\n甲"
            case 2:
                xml += "<w:r><w:rPr><w:vanish/></w:rPr><w:t>\(XMLText.escaped(text))</w:t></w:r>"
            case 3:
                xml += "<w:ins w:id=\"900\" w:author=\"审核人\" w:date=\"2025-01-01T00:00:00Z\">\(plainRun(text, &random))</w:ins>"; shown += text
            case 4:
                xml += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(plainRun("3", &random))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                shown += "3"
            case 5:
                xml += "<w:hyperlink r:id=\"rId9\">\(plainRun(text, &random))</w:hyperlink>"; shown += text
            case 6:
                xml += "<w:bookmarkStart w:id=\"0\" w:name=\"a\"/>\(plainRun(text, &random))<w:bookmarkEnd w:id=\"0\"/>"; shown += text
            default:
                xml += plainRun(text, &random); shown += text
            }
        }
        return (xml + "</w:p>", shown)
    }

    static func wellFormed(_ paragraph: String) -> Bool {
        let document = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"r\">\(paragraph)</w:document>"
        return XMLParser(data: Data(document.utf8)).parse()
    }

    static func shown(_ xml: String) -> String { ParagraphRuns(xml: xml, paragraph: xml.startIndex..<xml.endIndex).text }

    @Test func commentsAndChangesOnRandomParagraphs() async {
        await propertyCheck(count: 600, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SplitMix(seed: UInt64(seed))
            let (xml, text) = Self.paragraph(&random)
            let runs = ParagraphRuns(xml: xml, paragraph: xml.startIndex..<xml.endIndex)
            #expect(runs.text == text, "seed \(seed)")
            let length = text.count
            guard length > 0 else { return } // every run hidden
            let lower = Int.random(in: 0..<length, using: &random)
            let upper = Int.random(in: (lower + 1)...length, using: &random)
            var edits = ParagraphEdits()
            edits.commentStarts = [(lower, 5)]
            edits.commentEnds = [(upper, 5)]
            let editor = ParagraphEditor(paragraph: runs, date: "2026-12-05T00:00:00Z")
            let changeLower = Int.random(in: 0...length, using: &random)
            let change = changeLower..<Int.random(in: changeLower...length, using: &random)
            let revised = editor.canRevise(change)
            if revised { edits.revisions = [.init(range: change, replacement: "新")] }
            var nextID = 10
            let result = editor.apply(edits, nextID: &nextID)
            #expect(Self.wellFormed(result), "seed \(seed): \(result)")

            // Accepting gives the new text; rejecting, the old.
            let characters = Array(text)
            let accepted = revised ? String(characters[..<change.lowerBound]) + "新" + String(characters[change.upperBound...]) : text
            #expect(Self.shown(result) == accepted, "seed \(seed)")
            let rejected = result.replacing(#/<w:ins w:id="\d+" w:author="ReportKit"[^>]*>.*?<\/w:ins>/#, with: "")
                .replacing(#/<w:del w:id="\d+" w:author="ReportKit"[^>]*>(.*?)<\/w:del>/#) { match in
                    match.output.1.replacingOccurrences(of: "w:delText", with: "w:t")
                }
            #expect(Self.shown(rejected) == text, "seed \(seed)")

            // The comment: one start before one end; exactly its characters when no change moved them
            // and every run it touches can be split, else at least them.
            guard let start = result.range(of: "<w:commentRangeStart w:id=\"5\"/>"),
                  let end = result.range(of: "<w:commentRangeEnd w:id=\"5\"/>") else {
                Issue.record("seed \(seed): comment marks missing")
                return
            }
            #expect(start.lowerBound < end.lowerBound)
            let covered = "<w:p>" + result[start.upperBound..<end.lowerBound]
                .replacing(#/<\/?w:(?:hyperlink|ins|p)\b[^>]*>/#, with: "") + "</w:p>"
            let expected = String(characters[lower..<upper])
            let exact = runs.runs.filter { $0.start < upper && $0.end > lower }.allSatisfy(\.isSplittable)
            if !revised, exact {
                #expect(Self.shown(covered) == expected, "seed \(seed)")
            }
        }
    }
}
