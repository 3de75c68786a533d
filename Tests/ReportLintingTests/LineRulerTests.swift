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

    @Test func theCacheMeasuresEachLineOnce() {
        var cache = LineRulerCache(["甲乙", "丙丁戊"])
        #expect(cache.ruler(forLine: 2)?.count == 3)
        #expect(cache.ruler(forLine: 1)?.count == 2)
        #expect(cache.ruler(forLine: 0) == nil)
        #expect(cache.ruler(forLine: 3) == nil)
    }
}
