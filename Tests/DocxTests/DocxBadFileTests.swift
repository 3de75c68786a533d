import Foundation
import ReportReading
import TestSupport
import Testing
import ZIPFoundation

/// Files that are not a readable `.docx` get a Chinese `ReadError` (exit code 2), never a crash or a
/// half-read report.
@Suite struct DocxBadFileTests {
    private static let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    private func readError(_ data: Data) -> ReadError? {
        do {
            _ = try ReportReader.read(data: data, path: "草稿.docx", format: .docx)
            return nil
        } catch {
            return error
        }
    }

    @Test func renamedDocIsNamedAsOldWordFormat() throws {
        var data = Data(Self.ole)
        data.append(Data(repeating: 0, count: 2048))
        data.append(Data("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        let error = try #require(readError(data))
        #expect(error.description.hasPrefix("草稿.docx: "))
        #expect(error.detail.contains("旧版 Word 文档（.doc）"))
        #expect(error.detail.contains("另存为 .docx"))
    }

    @Test func encryptedDocumentSaysItIsEncrypted() throws {
        var data = Data(Self.ole)
        data.append(Data(repeating: 0, count: 1024))
        data.append(Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        data.append(Data(repeating: 0, count: 512))
        let error = try #require(readError(data))
        #expect(error.detail.hasPrefix("文件已加密"))
    }

    @Test func zipWithoutDocumentPart() throws {
        let error = try #require(readError(try Self.zip([("word/styles.xml", "<w:styles/>")])))
        #expect(error.detail.contains("没有 word/document.xml"))
        #expect(error.kind == .malformed)
    }

    @Test func truncatedZipIsCorrupt() throws {
        let data = try DocxFixtures.data("numbered.docx")
        let error = try #require(readError(data.prefix(data.count / 2)))
        #expect(error.detail.contains("损坏"))
    }

    @Test func malformedXMLNamesThePartAndLine() throws {
        let document = """
            <?xml version="1.0"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>未闭合</w:r></w:p></w:body></w:document>
            """
        let error = try #require(readError(try Self.zip([("word/document.xml", document)])))
        #expect(error.detail.hasPrefix("word/document.xml 第 3 行的 XML 格式有误"))
    }

    @Test func plainTextRenamedToDocx() throws {
        let error = try #require(readError(Data("一、基本情况".utf8)))
        #expect(error.detail.contains("不是有效的 .docx"))
    }

    @Test func cliExitsWithTwoAndAChineseMessage() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("旧文件.docx")
        try Data(Self.ole + [UInt8](repeating: 0, count: 600)).write(to: file)
        let parse = try CommandRunner.run(["parse", file.path])
        #expect(parse.status == 2)
        #expect(parse.stderr.contains("reportkit: \(file.path): 这是旧版 Word 文档（.doc）"))
        let lint = try CommandRunner.run(["lint", file.path])
        #expect(lint.status == 2)
    }

    static func zip(_ entries: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }
}
