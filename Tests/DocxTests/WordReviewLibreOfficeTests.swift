import Foundation
import ReportReading
import Testing
import TestSupport

/// A reviewed draft opened by LibreOffice: it converts (no repair needed) and shows the text, the
/// tracked changes accepted as Word would show them with markup; and a real report (seed 002) that
/// LibreOffice turned into Word gets its comments. Skips without LibreOffice.
@Suite(.enabled(if: LibreOffice.available, "跳过：没有 LibreOffice（soffice）或 pdftotext，无法检查 Word 副本能否打开"), .serialized)
struct WordReviewLibreOfficeTests {
    @Test func libreOfficeOpensTheAnnotatedAndRevisedCopy() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("批注.docx")
        let result = try CommandRunner.run(["lint", DocxFixtures.url("review.docx").path, "--annotate", "--fix", "-o", output.path])
        #expect(result.status == 1, "\(result.stderr)")
        let pdf = try LibreOffice.pdf(from: output, in: directory)
        let text = try LibreOffice.run("pdftotext", [pdf.path, "-"]).filter { !$0.isWhitespace }
        #expect(text.contains("全县共有学校52所"))
        #expect(text.contains("新招聘教师120名"))
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func aRealReportConvertedByLibreOfficeGetsItsComments() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent("seed.txt")
        try Data(contentsOf: Seeds.url("002")).write(to: text)
        let profile = directory.appendingPathComponent("profile").absoluteString
        try LibreOffice.run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--infilter=Text (encoded):UTF8,LF,,,",
                                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", directory.path, text.path])
        let docx = directory.appendingPathComponent("seed.docx")
        try #require(FileManager.default.fileExists(atPath: docx.path))
        let findings = try DocxLintSupport.lint(Data(contentsOf: docx))
        let output = directory.appendingPathComponent("seed-批注.docx")
        let result = try CommandRunner.run(["lint", docx.path, "--annotate", "--fix", "-o", output.path])
        #expect(result.status <= 1, "\(result.stderr)")
        let parts = try PackageParts.bytes(output)
        let document = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        let withFix = findings.filter { $0.fix != nil }.count
        if findings.count > withFix {
            let comments = String(decoding: try #require(parts["word/comments.xml"]), as: UTF8.self)
            let ids = try ReviewChecks.commentIDs(in: comments, author: "ReportKit")
            #expect(ids.count >= findings.count - withFix)
            try ReviewChecks.checkMarks(document: document, commentIDs: ids)
        }
        #expect(try ReportReader.read(contentsOf: output).lines.count == ReportReader.read(contentsOf: docx).lines.count)
    }
}
