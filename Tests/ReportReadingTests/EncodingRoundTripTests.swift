import Foundation
import ReportModel
import Testing
@testable import ReportReading

/// One GB18030 transcoder serves reading and `--fix`; the one error form serves every input error.
@Suite struct EncodingRoundTripTests {
    static let text = "　　一、基本情况\n全区共有学校269所，其中公办172所（〔2023〕40号）；𠀀字与€符号。\n"

    @Test(arguments: [
        TextDecoding.Encoding.utf8, .utf8WithBOM, .utf16LE, .utf16BE, .gb18030,
    ])
    func whatFixWritesIsReadBackAsTheSameTextInTheSameEncoding(_ encoding: TextDecoding.Encoding) throws {
        let data = try TextEncoding.encode(Self.text, as: encoding)
        let read = try TextDecoding.decode(data, path: "草稿.txt")
        #expect(read.text == Self.text)
        #expect(read.encoding == encoding)
    }

    @Test func gb18030IsTheGovernmentOfficesByteForm() throws {
        // 教育 as GBK (the subset of GB18030 most offices save in) writes it.
        #expect(GB18030.encode("教育") == [0xBD, 0xCC, 0xD3, 0xFD])
        #expect(GB18030.decode([0xBD, 0xCC, 0xD3, 0xFD]) == "教育")
        // A lead byte with no trail byte is no GB18030.
        #expect(GB18030.decode([0xBD, 0xCC, 0xD3]) == nil)
    }

    @Test func everyInputErrorPrintsFileLineAndColumnInOneForm() {
        #expect(ReadError(.undecodable, path: "草稿.txt", line: 12, detail: "无法解码").description == "草稿.txt:12: 无法解码")
        #expect(ReadError(.empty, path: "草稿.txt", detail: "文件是空的").description == "草稿.txt: 文件是空的")
        let error: any LocatedError = ReadError(.malformed, path: "a.docx", line: 3, detail: "x")
        #expect(error.column == nil && error.line == 3)
    }
}
