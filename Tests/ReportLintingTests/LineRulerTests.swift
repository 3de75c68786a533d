import PropertyBased
import ReportModel
import Testing
@testable import ReportLinting

/// The measured line behind human quotes and the findings list: Characters are cut from its bytes,
/// and the blanks under a window keep exactly the tabs inside it.
@Suite struct LineRulerTests {
    @Test func textIsCutOnCharacters() {
        // A combining accent and an emoji are one Character each; columns count Characters.
        let ruler = LineRuler("甲e\u{301}乙😀丙")
        #expect(ruler.count == 5)
        #expect(ruler.text(0..<2) == "甲e\u{301}")
        #expect(ruler.text(1..<4) == "e\u{301}乙😀")
        #expect(ruler.text(4..<5) == "丙")
        #expect(ruler.text(5..<5) == "")
        #expect((0...5).map(ruler.column) == [0, 2, 3, 5, 7, 9])
    }

    @Test func indentKeepsOnlyTheTabsInItsRange() {
        // Tabs at Characters 1, 4 and 8; the blanks for 3..<9 hold the tabs at 4 and 8 only.
        let ruler = LineRuler("甲\t乙丙\t丁戊己\t庚")
        #expect(ruler.tabs == [1, 4, 8])
        #expect(ruler.indent(from: 3, to: 9) == "  \t      \t")
        #expect(ruler.indent(from: 2, to: 4) == "    ")
        #expect(ruler.indent(from: 9, to: 10) == "  ")
        #expect(ruler.indent(4) == "  \t    ")
    }

    /// Pieces whose Characters have every UTF-8 length and width the packed runs hold, and ones
    /// they cannot (a family emoji of 25 bytes), so that some runs are walked instead.
    static let pieces = ["甲", "a", ",", "\t", "e\u{301}", "😀", "👨‍👩‍👧‍👦", "𠀀", "　", "\u{200B}", "🇨🇳"]
    static let lines = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }

    /// Every Character's place, read from the checkpoints and runs, is the one a plain walk from
    /// the start of the line gives.
    @Test func everyPositionIsTheOneAPlainWalkGives() async {
        await propertyCheck(input: Self.lines) { line in
            let ruler = LineRuler(line)
            let characters = Array(line)
            #expect(ruler.count == characters.count)
            var width = 0
            for index in 0...characters.count {
                #expect(ruler.column(index) == width)
                if index < characters.count { width += DisplayWidth.of(characters[index]) }
            }
            for lower in stride(from: 0, through: characters.count, by: 3) {
                for upper in lower...characters.count {
                    #expect(ruler.text(lower..<upper) == Substring(String(characters[lower..<upper])))
                }
            }
        }
    }

    @Test func theCacheMeasuresEachLineOnce() {
        var cache = LineRulerCache(["甲乙", "丙丁戊"])
        #expect(cache.ruler(forLine: 2)?.count == 3)
        #expect(cache.ruler(forLine: 1)?.count == 2)
        #expect(cache.ruler(forLine: 0) == nil)
        #expect(cache.ruler(forLine: 3) == nil)
    }
}
