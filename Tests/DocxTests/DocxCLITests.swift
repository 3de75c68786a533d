import Foundation
import ReportReading
import TestSupport
import Testing

/// `reportkit render --to docx` (with `--reference-docx`) and Word input to `render`, run as a user runs them.
@Suite struct DocxCLITests {
    @Test func renderToDocxWritesTheSameReportEveryTime() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let source = try DocxFixtures.url("report.txt").path
        let first = directory.appendingPathComponent("报告.docx"), second = directory.appendingPathComponent("again.docx")
        for output in [first, second] {
            let result = try CommandRunner.run(["render", source, "--to", "docx", "-o", output.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        let original = try ReportReader.read(contentsOf: DocxFixtures.url("report.txt"))
        let written = try ReportReader.read(contentsOf: first)
        #expect(ModelOutline.of(written.report) == ModelOutline.of(original.report))
    }

    @Test func referenceDocxTakesTheTemplatesStyles() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("out.docx")
        let result = try CommandRunner.run([
            "render", DocxFixtures.url("report.txt").path, "--to", "docx", "-o", output.path,
            "--reference-docx", DocxFixtures.url("styled.docx").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let parts = try DocxWriterTests.parts(Data(contentsOf: output))
        // styled.docx defines its own styles (ids `1`, `2`, `a7`); the output carries them.
        #expect(parts["word/styles.xml"]?.contains(#"w:styleId="a7""#) == true)
    }

    @Test func referenceDocxOnlyWithDocxOutput() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run([
            "render", DocxFixtures.url("report.txt").path, "--to", "markdown", "-o",
            directory.appendingPathComponent("out.md").path, "--reference-docx", DocxFixtures.url("styled.docx").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--reference-docx 只能与 --to docx 一起使用"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.md").path))
    }

    @Test func wordDraftRendersToMarkdown() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("out.md")
        let result = try CommandRunner.run(["render", DocxFixtures.url("numbered.docx").path, "--to", "markdown", "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: output, encoding: .utf8)
        #expect(markdown.contains("一、基本情况"))
        #expect(markdown.contains("（二）保障教育经费投入"))
        #expect(!markdown.contains("此句已删除"))
    }
}

/// `render --to markdown|text` keeps a marker as it was written, so that linting the rendering still
/// warns about it (normalising is `lint --fix`'s job).
@Suite struct MarkerAsWrittenTests {
    @Test(arguments: ["markdown", "text"])
    func aHalfWidthMarkerSurvivesTheRoundTrip(writer: String) throws {
        let body = MiniDocx.paragraph("一、履行教育职责情况") + MiniDocx.paragraph("(一)加强组织领导")
            + MiniDocx.paragraph("全县共有中小学36所。")
        let rendered = try DocxLintSupport.render(MiniDocx.data(body: body), to: writer)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.output.contains("(一)加强组织领导"), "\(rendered.output)")
        #expect(!rendered.output.contains("（一）"))
        let name = writer == "markdown" ? "回读.md" : "回读.txt"
        let found = try DocxLintSupport.lint(Data(rendered.output.utf8), name: name)
        #expect(found.contains { $0.rule == "numbering.style" }, "\(found.map(\.rule))")
    }
}
