import DocxWriter
import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TestSupport
import ZIPFoundation

/// `--reference-docx` with a template as Word writes one: it defines Word's built-in BodyText,
/// Signature, Date and Footer styles (formatted for other purposes), a body style with a first-line
/// indent, its own page setup and a footer. ReportKit's styles must not be taken for Word's, the indent
/// must not reach table cells or the recipients line, and the template's page is used.
@Suite struct DocxReferenceTemplateTests {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The template: Normal indented two characters, Word's built-ins defined, B5-like page with a footer.
    static func template() throws -> Data {
        let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        let styles = declaration + "<w:styles xmlns:w=\"\(main)\">"
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>"#
            + #"<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>"#
            + #"<w:pPr><w:spacing w:after="120"/><w:ind w:left="2000"/></w:pPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>"#
            + #"<w:pPr><w:ind w:left="4320"/></w:pPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Date"><w:name w:val="Date"/><w:basedOn w:val="Normal"/>"#
            + #"<w:pPr><w:jc w:val="center"/></w:pPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>"#
            + #"<w:pPr><w:jc w:val="center"/></w:pPr></w:style>"#
            + "</w:styles>"
        let document = declaration + "<w:document xmlns:w=\"\(main)\" xmlns:r=\"\(relationships)\"><w:body>"
            + "<w:p><w:r><w:t>模板</w:t></w:r></w:p>"
            + #"<w:sectPr><w:footerReference w:type="default" r:id="rId7"/><w:pgSz w:w="10318" w:h="14570"/>"#
            + #"<w:pgMar w:top="1800" w:right="1500" w:bottom="1700" w:left="1600" w:header="800" w:footer="900" w:gutter="0"/>"#
            + #"<w:docGrid w:type="lines" w:linePitch="600"/></w:sectPr></w:body></w:document>"#
        let footer = declaration + "<w:ftr xmlns:w=\"\(main)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:t>模板页脚</w:t></w:r></w:p></w:ftr>"
        let documentRels = declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + "<Relationship Id=\"rId1\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId7\" Type=\"\(relationships)/footer\" Target=\"footer1.xml\"/></Relationships>"
        let settings = declaration + "<w:settings xmlns:w=\"\(main)\"><w:evenAndOddHeaders w:val=\"0\"/></w:settings>"
        let archive = try Archive(accessMode: .create)
        for (path, text) in [("word/document.xml", document), ("word/styles.xml", styles), ("word/footer1.xml", footer),
                             ("word/_rels/document.xml.rels", documentRels), ("word/settings.xml", settings)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return try #require(archive.data)
    }

    static func render() throws -> (data: Data, parts: [String: String]) {
        let text = try String(contentsOf: DocxFixtures.url("report.txt"), encoding: .utf8)
        let report = ReportReader.read(text: text, path: "report.txt", format: .text).report
        let file = try WriterOptions.ReferenceFile.word(name: "模板.docx", data: try template())
        let data = try DocxWriter().data(for: report, options: WriterOptions(referenceDocument: file))
        return (data, try PackageParts.read(data))
    }

    @Test func ownStylesDoNotTakeWordsBuiltInIds() throws {
        let parts = try Self.render().parts
        let document = try #require(parts["word/document.xml"]), styles = try #require(parts["word/styles.xml"])
        for builtIn in ["BodyText", "Signature", "Date", "Footer"] {
            #expect(!document.contains("<w:pStyle w:val=\"\(builtIn)\"/>"), "\(builtIn)")
            // The template's definition is kept as it was, once.
            #expect(styles.components(separatedBy: "w:styleId=\"\(builtIn)\"").count == 2, "\(builtIn)")
        }
        #expect(styles.contains(#"<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="4320"/>"#))
        for ours in ["RKBody", "RKSignature", "RKDate", "RKTableText", "RKRecipients"] {
            #expect(document.contains("<w:pStyle w:val=\"\(ours)\"/>"), "\(ours)")
            #expect(styles.contains("w:styleId=\"\(ours)\""), "\(ours)")
        }
    }

    @Test func templateIndentDoesNotReachTablesOrRecipients() throws {
        let document = try #require(try Self.render().parts["word/document.xml"])
        let noIndent = #"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#
        #expect(document.contains(#"<w:pStyle w:val="RKRecipients"/>"# + noIndent))
        let cells = document.components(separatedBy: #"<w:pStyle w:val="RKTableText"/>"#).dropFirst()
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { $0.hasPrefix(noIndent) })
        let headings = document.components(separatedBy: #"<w:pStyle w:val="RKTableHeading"/>"#).dropFirst()
        #expect(!headings.isEmpty && headings.allSatisfy { $0.hasPrefix(noIndent) })
    }

    @Test func templatePageSetupAndFooterAreUsed() throws {
        let (data, parts) = try Self.render()
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:sectPr><w:footerReference w:type="default" r:id="rIdTemplaterId7"/><w:pgSz w:w="10318" w:h="14570"/>"#))
        #expect(document.contains(#"<w:pgMar w:top="1800" w:right="1500" w:bottom="1700" w:left="1600""#))
        #expect(document.contains(#"<w:docGrid w:type="lines" w:linePitch="600"/>"#))
        #expect(!document.contains("linesAndChars"))
        #expect(parts["word/footer1.xml"]?.contains("模板页脚") == true)
        #expect(parts["word/footer2.xml"] == nil)
        #expect(parts["word/_rels/document.xml.rels"]?.contains(#"Id="rIdTemplaterId7""#) == true)
        #expect(parts["[Content_Types].xml"]?.contains(#"PartName="/word/footer1.xml""#) == true)
        #expect(parts["word/settings.xml"]?.contains("evenAndOddHeaders") == false)
        // Still a document the reader reads, with the same sections.
        let read = try ReportReader.read(data: data, path: "out.docx", format: .docx)
        #expect(read.report.sections.map(\.title) == ["基本情况", "履行教育职责情况", "存在问题", "下一步工作打算"])
    }

    @Test(.enabled(if: PythonDocx.available, "跳过：没有 python-docx ≥ 1.2（pip install python-docx）"))
    func pythonDocxReadsTheStylesAndSections() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.docx")
        try Self.render().data.write(to: file)
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            s = d.sections[0]
            print(s.page_width, s.left_margin, s.footer.paragraphs[0].text)
            print(d.styles['Signature'].paragraph_format.left_indent, d.styles['发文机关署名'].style_id)
            print(sum(1 for p in d.paragraphs if p.style.style_id == 'RKBody'))
            """
        let output = try PythonDocx.run(script, arguments: [file.path])
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.first == "6551930 1016000 模板页脚")
        #expect(lines.dropFirst().first == "2743200 RKSignature")
        #expect((lines.last.flatMap { Int($0) } ?? 0) > 3)
    }
}

/// python-docx (≥ 1.2) for reading back what the writer wrote, as a second, independent reader.
enum PythonDocx {
    static let available: Bool = (try? run("import docx, sys\nv = tuple(int(x) for x in docx.__version__.split('.')[:2])\nsys.exit(0 if v >= (1, 2) else 1)", arguments: [])) != nil

    /// Runs `script` with python3; its standard output, or an error when it fails.
    static func run(_ script: String, arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}
