import Foundation
import TestSupport
import Testing

/// `reportkit lint` on the python-docx fixtures, run as a user runs it: findings at the right
/// paragraphs (第N段 counting the paragraphs with text outside tables, table cells by row and column),
/// the paragraph quoted, the paragraph numbers in JSON, and `--fix` refused for Word documents.
@Suite struct DocxLintTests {
    private struct Finding: Decodable, Equatable {
        var rule: String
        var line: Int
        var column: Int
        var paragraph: Int?
        var table: Int?
        var row: Int?
        var cell: Int?
    }

    private struct Output: Decodable {
        struct File: Decodable { var diagnostics: [Finding] }
        var files: [File]
    }

    private func findings(_ name: String) throws -> [Finding] {
        let result = try CommandRunner.run(["lint", "--format", "json", DocxFixtures.url(name).path])
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        return output.files.first?.diagnostics ?? []
    }

    @Test func numberedDocumentFindingsSitAtTheirParagraphs() throws {
        let found = try findings("numbered.docx")
        #expect(found.contains(Finding(rule: "structure.empty-section", line: 11, column: 1, paragraph: 11)))
        // Line 20 comes after the table's five rows: the 15th paragraph Word's user sees.
        #expect(found.contains(Finding(rule: "punctuation.half-width", line: 20, column: 14, paragraph: 15)))
        // In the table: row 5 (the note spanning the row), first cell; a table row is no paragraph.
        #expect(found.contains(Finding(
            rule: "punctuation.half-width", line: 17, column: 19, paragraph: nil, table: 1, row: 5, cell: 1)))
        // The indicator that misses its target, at its 完成值 cell (table 1, row 4, column 5).
        #expect(found.contains(Finding(
            rule: "indicator.target-unmet", line: 16, column: 25, paragraph: nil, table: 1, row: 4, cell: 5)))
        // Nothing from the deleted text, the comment, the header or the footer.
        #expect(found.allSatisfy { [11, 16, 17, 20].contains($0.line) })
    }

    @Test func styledDocumentFindings() throws {
        let found = try findings("styled.docx")
        // The literal （二） comes after a heading numbered by style only: the count does not start at （一）.
        #expect(found.contains(Finding(rule: "numbering.gap", line: 10, column: 3, paragraph: 10)))
        #expect(found.contains { $0.rule == "structure.missing-part" && $0.paragraph == 1 })
    }

    @Test func humanOutputNamesParagraphsAndQuotesThem() throws {
        let path = try DocxFixtures.url("numbered.docx").path
        let result = try CommandRunner.run(["lint", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(path):第15段（“音乐、美术学科教师仍…”）: 警告 [punctuation.half-width]"))
        #expect(result.stdout.contains("\n    音乐、美术学科教师仍然不足,部分学校存在学科教师兼课现象。\n"))
        #expect(result.stdout.contains("\(path):表1第5行第1列: 警告 [punctuation.half-width]"))
        #expect(!result.stdout.contains("\(path):20:"))
    }

    @Test func fixOfAWordDocumentNeedsANewFileAndLeavesTheDraftAlone() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let copy = directory.appendingPathComponent("草稿.docx")
        try FileManager.default.copyItem(at: DocxFixtures.url("numbered.docx"), to: copy)
        let before = try Data(contentsOf: copy)
        let result = try CommandRunner.run(["lint", "--fix", copy.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("请用 -o 指定，如 -o 草稿-修订.docx"))
        #expect(try Data(contentsOf: copy) == before)
    }
}
