import Foundation
import ReportModel
import Testing
import TestSupport
@testable import ReportReading

/// Every kind of unreadable input gives a Chinese message that names the file (and line).
@Suite struct BadInputTests {
    private func write(_ bytes: [UInt8], name: String) throws -> URL {
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func readError(_ url: URL) -> ReadError? {
        do {
            _ = try ReportReader.read(contentsOf: url, displayPath: url.lastPathComponent)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFile() throws {
        let error = try #require(readError(URL(fileURLWithPath: "/nonexistent/草稿.txt")))
        #expect(error.kind == .notFound)
        #expect(error.description == "草稿.txt: 文件不存在")
    }

    @Test func directory() throws {
        let error = try #require(readError(try CommandRunner.temporaryDirectory()))
        #expect(error.kind == .isDirectory)
        #expect(error.description.contains("文件夹"))
    }

    @Test func emptyFile() throws {
        let error = try #require(readError(try write([], name: "empty.txt")))
        #expect(error.kind == .empty)
        #expect(error.description.hasPrefix("empty.txt: "))
    }

    /// A file past the limit is refused before it is read (a sparse file: no disk is used).
    @Test func oversizedFileIsRefusedBeforeItIsRead() throws {
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent("巨大.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("一、自查情况\n".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(ReportReader.maximumInputBytes) + 1)
        try handle.close()
        let error = try #require(readError(url))
        #expect(error.kind == .tooLarge)
        #expect(error.description.hasPrefix("巨大.txt: 文件过大（256 MB）"))
        // The same limit holds for bytes handed over whole (an upload).
        #expect(throws: ReadError.self) { try ReportReader.refuseIfTooLarge(ReportReader.maximumInputBytes + 1, path: "x.txt") }
        #expect(throws: Never.self) { try ReportReader.refuseIfTooLarge(ReportReader.maximumInputBytes, path: "x.txt") }
    }

    @Test func binaryFileNamesTheLine() throws {
        let error = try #require(readError(try write(Array("第一行\n第二行\n".utf8) + [0x00, 0x01], name: "binary.txt")))
        #expect(error.kind == .binary)
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("binary.txt:3: "))
    }

    @Test func renamedWordDocuments() throws {
        let zip = try #require(readError(try write([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], name: "draft.txt")))
        #expect(zip.description.contains("Word"))
        let doc = try #require(readError(try write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], name: "old.txt")))
        #expect(doc.description.contains(".doc"))
    }

    @Test func undecodableBytesNameTheLine() throws {
        let bytes = Array("一、自查情况\n（一）正常\n".utf8) + [0x41, 0xFF, 0xFF, 0x0A]
        let error = try #require(readError(try write(bytes, name: "bad.txt")))
        #expect(error.kind == .undecodable)
        #expect(error.line == 3)
        #expect(error.description.contains("UTF-8"))
    }
}
