import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport

/// `lint 草稿.docx --annotate -o` and `--fix -o` on Word files made by other programs (python-docx,
/// LibreOffice) and by ReportKit: one comment per finding on exactly its characters, fixes as tracked
/// changes that give the fixed text when accepted and the original when rejected, and every part but
/// the four a review writes left byte for byte as it was.
@Suite struct WordReviewTests {
    /// Drafts with findings, made by python-docx and saved again by LibreOffice (see make_fixtures.py).
    /// styled.docx was saved by Word (thumbnail, custom XML parts) and has findings without fixes.
    static let fixtures = ["numbered.docx", "numbered-libreoffice.docx", "review.docx", "review-libreoffice.docx", "styled.docx"]
    static let changedParts: Set<String> = ["word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"]

    /// A draft with planted mistakes (half-width comma, 。。, ＸＸ, a skipped number, table sums) in
    /// Word as ReportKit renders it.
    static func plantedDocx(in directory: URL) throws -> URL {
        let text = """
            青禾县人民政府关于2024年度履行教育职责情况的自查自评报告

            一、基本情况
            　　全县共有学校52所,在校学生ＸＸ人。。专任教师2140人。
            二、自查情况
            （一）落实教育优先发展
            　　县政府召开专题会议研究教育工作。
            （三）推进教师队伍建设
            　　新招聘教师120名。
            三、存在问题
            　　学前教育资源仍然不足。
            四、下一步打算
            　　继续加大投入。
            """
        let source = directory.appendingPathComponent("草稿.txt")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let docx = directory.appendingPathComponent("草稿.docx")
        let result = try CommandRunner.run(["render", source.path, "--to", "docx", "-o", docx.path])
        #expect(result.status == 0, "\(result.stderr)")
        return docx
    }

    struct Reviewed {
        var input: [String: Data]
        var output: [String: Data]
        var findings: [DocxLintSupport.Finding]
        var stderr: String
        var status: Int32
    }

    static func review(_ input: URL, _ options: [String], in directory: URL) throws -> Reviewed {
        let output = directory.appendingPathComponent("out-\(UUID().uuidString).docx")
        let findings = try DocxLintSupport.lint(Data(contentsOf: input))
        let result = try CommandRunner.run(["lint", input.path] + options + ["-o", output.path])
        return Reviewed(input: try PackageParts.bytes(input), output: try PackageParts.bytes(output), findings: findings,
                        stderr: result.stderr, status: result.status)
    }

    @Test(arguments: fixtures + ["planted"])
    func annotateGivesOneCommentPerFindingAndLeavesOtherPartsAlone(_ name: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = name == "planted" ? try Self.plantedDocx(in: directory) : try DocxFixtures.url(name)
        let reviewed = try Self.review(input, ["--annotate"], in: directory)
        #expect(reviewed.status <= 1, "\(reviewed.stderr)")
        #expect(!reviewed.findings.isEmpty)
        for (part, data) in reviewed.input where !Self.changedParts.contains(part) {
            #expect(reviewed.output[part] == data, "\(part) changed")
        }
        let document = String(decoding: try #require(reviewed.output["word/document.xml"]), as: UTF8.self)
        let comments = String(decoding: try #require(reviewed.output["word/comments.xml"]), as: UTF8.self)
        let added = try ReviewChecks.commentIDs(in: comments, author: "ReportKit")
        #expect(added.count == reviewed.findings.count)
        try ReviewChecks.checkMarks(document: document, commentIDs: added)
        // The text Word shows is unchanged: read again, the copy gives the same lines.
        let before = try ReportReader.read(contentsOf: input).lines
        let after = try ReportReader.read(data: ReviewChecks.zip(reviewed.output), path: "out.docx", format: .docx).lines
        #expect(after == before)
    }

    @Test func commentsSitOnExactlyTheCharactersOfEachFinding() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.plantedDocx(in: directory)
        let reviewed = try Self.review(input, ["--annotate"], in: directory)
        let lines = try ReportReader.read(contentsOf: input).lines
        let document = String(decoding: try #require(reviewed.output["word/document.xml"]), as: UTF8.self)
        let anchored = ReviewChecks.anchoredTexts(in: document)
        let expected = reviewed.findings.compactMap { finding -> String? in
            guard let endColumn = finding.endColumn, finding.endLine == finding.line, endColumn > finding.column else { return nil }
            return String(Array(lines[finding.line - 1])[(finding.column - 1)..<(endColumn - 1)])
        }
        #expect(expected.contains("ＸＸ") && expected.contains(","))
        #expect(Set(expected).isSubset(of: Set(anchored)), "\(anchored) ⊉ \(expected)")
        let comments = String(decoding: try #require(reviewed.output["word/comments.xml"]), as: UTF8.self)
        #expect(comments.contains("错误 · "))
        #expect(comments.contains("建议改为“，”"))
    }

    @Test(arguments: fixtures + ["planted"])
    func acceptingTheRevisionsGivesTheFixedTextAndRejectingThemTheOriginal(_ name: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = name == "planted" ? try Self.plantedDocx(in: directory) : try DocxFixtures.url(name)
        let reviewed = try Self.review(input, ["--fix"], in: directory)
        #expect(reviewed.status <= 1, "\(reviewed.stderr)")
        let original = try ReportReader.read(contentsOf: input).lines
        let fixes = reviewed.findings.compactMap(\.fix).map { fix in
            Fix(range: SourceRange(start: SourcePosition(line: fix.line, column: fix.column),
                                   end: SourcePosition(line: fix.endLine ?? fix.line, column: fix.endColumn ?? fix.column)),
                replacement: fix.replacement)
        }
        let fixed = FixApplier.apply(fixes, to: original).lines
        let document = String(decoding: try #require(reviewed.output["word/document.xml"]), as: UTF8.self)
        // The reader reads a document with its revisions accepted.
        let accepted = try ReportReader.read(data: ReviewChecks.zip(reviewed.output), path: "out.docx", format: .docx).lines
        var rejectedParts = reviewed.output
        rejectedParts["word/document.xml"] = Data(ReviewChecks.rejectingReportKit(document).utf8)
        let rejected = try ReportReader.read(data: ReviewChecks.zip(rejectedParts), path: "out.docx", format: .docx).lines
        #expect(rejected == original)
        #expect(accepted.count == original.count)
        for index in original.indices where accepted.indices.contains(index) {
            #expect(accepted[index] == original[index] || accepted[index] == fixed[index], "第\(index + 1)行：\(accepted[index])")
        }
        #expect(fixed != original || name == "styled.docx")
        if name == "planted" {
            #expect(accepted == fixed, "every fix of this draft can be a tracked change")
        }
        if name.hasPrefix("review") {
            // Every fix is a tracked change but the one inside another reviewer's insertion.
            for index in original.indices {
                let inInsertion = original[index].contains("全年召开会议6次")
                #expect(accepted[index] == (inInsertion ? original[index] : fixed[index]), "第\(index + 1)行：\(accepted[index])")
            }
            #expect(reviewed.stderr.contains("另有 1 处修复位于域、已有修订"))
        }
        if !fixes.isEmpty { #expect(document.contains("w:author=\"ReportKit\"")) }
    }

    @Test(arguments: ["pasted.docx", "pasted-libreoffice.docx"])
    func aCleanDraftIsCopiedUnchanged(_ name: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reviewed = try Self.review(try DocxFixtures.url(name), ["--annotate", "--fix"], in: directory)
        #expect(reviewed.findings.isEmpty)
        #expect(reviewed.status == 0, "\(reviewed.stderr)")
        #expect(reviewed.output == reviewed.input)
    }

    @Test func commentsGoOnTheRightRunsOfAWordFileFromAnotherProgram() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reviewed = try Self.review(try DocxFixtures.url("review.docx"), ["--annotate"], in: directory)
        let document = String(decoding: try #require(reviewed.output["word/document.xml"]), as: UTF8.self)
        let anchored = ReviewChecks.anchoredTexts(in: document)
        // Six half-width commas (bold edge, after a tab, second soft line, in a hyperlink, in an
        // insertion, beside a field), ＸＸ in italics, 。。 across two runs, the hand-typed （三）.
        #expect(anchored.filter { $0 == "," }.count == 6, "\(anchored)")
        for text in ["ＸＸ", "。。", "（三）", "3.05", "1.80"] { #expect(anchored.contains(text), "\(text) not in \(anchored)") }
        // The italic run keeps its formatting around the comment; the other reviewer's comment stays.
        #expect(document.contains("<w:commentRangeStart w:id=\"1\"/>") || document.contains("<w:i/>"))
        let comments = String(decoding: try #require(reviewed.output["word/comments.xml"]), as: UTF8.self)
        #expect(comments.contains("w:author=\"审核人\""))
        #expect(try ReviewChecks.commentIDs(in: comments, author: "审核人").count == 1)
    }

    @Test func annotateAndFixTogetherLeaveNoFindingWithoutItsMark() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.plantedDocx(in: directory)
        let reviewed = try Self.review(input, ["--annotate", "--fix"], in: directory)
        let document = String(decoding: try #require(reviewed.output["word/document.xml"]), as: UTF8.self)
        let comments = String(decoding: try #require(reviewed.output["word/comments.xml"]), as: UTF8.self)
        let revisions = document.components(separatedBy: "<w:ins w:id=").count - 1
        let withFix = reviewed.findings.filter { $0.fix != nil }.count
        #expect(revisions == withFix)
        #expect(try ReviewChecks.commentIDs(in: comments, author: "ReportKit").count == reviewed.findings.count - withFix)
    }

    @Test func minSeverityLeavesOutTheLesserFindings() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.plantedDocx(in: directory)
        let reviewed = try Self.review(input, ["--annotate", "--min-severity", "error"], in: directory)
        let comments = String(decoding: try #require(reviewed.output["word/comments.xml"]), as: UTF8.self)
        let errors = reviewed.findings.filter { $0.severity == "error" }.count
        #expect(errors > 0 && errors < reviewed.findings.count)
        #expect(try ReviewChecks.commentIDs(in: comments, author: "ReportKit").count == errors)
    }

    @Test func theInputIsNeverWrittenOverAndDocxNeedsAnOutput() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.plantedDocx(in: directory)
        let before = try Data(contentsOf: input)
        let noOutput = try CommandRunner.run(["lint", input.path, "--fix"])
        #expect(noOutput.status == 2)
        #expect(noOutput.stderr.contains("-o 草稿-修订.docx"))
        let over = try CommandRunner.run(["lint", input.path, "--annotate", "-o", input.path, "--force"])
        #expect(over.status == 2)
        #expect(try Data(contentsOf: input) == before)
        let existing = directory.appendingPathComponent("已有.docx")
        try Data("keep".utf8).write(to: existing)
        let refused = try CommandRunner.run(["lint", input.path, "--annotate", "-o", existing.path])
        #expect(refused.status == 2)
        #expect(try Data(contentsOf: existing) == Data("keep".utf8))
        let text = directory.appendingPathComponent("草稿.txt")
        let textOnly = try CommandRunner.run(["lint", text.path, "--annotate", "-o", directory.appendingPathComponent("x.docx").path])
        #expect(textOnly.status == 2)
        #expect(textOnly.stderr.contains("只用于一个 Word 文档"))
    }
}
