import Foundation
import Hummingbird
@testable import ReportServer
import Testing

/// Every bad upload gets a Chinese JSON error with a 4xx status, never a 500 page.
@Suite struct BadUploadTests {
    private func expectError(
        _ uri: String, body: Data?, method: HTTPRequest.Method = .post, headers: HTTPFields = [:],
        status: HTTPResponse.Status, containing expected: String
    ) async throws {
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(data: $0) }) { response in
                #expect(response.status == status, "\(uri)")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let message = try ServerTestSupport.json(response.body)["error"] as? String
                #expect(message?.contains(expected) == true, "\(uri): \(message ?? "no message")")
            }
        }
    }

    @Test func tooLargeIsRefusedWith413() async throws {
        let body = Data(repeating: 0x41, count: Upload.maximumSize + 1)
        try await expectError("/api/lint?name=big.txt", body: body, status: .contentTooLarge, containing: "超过 20 MB")
    }

    @Test func emptyBodyIsRefused() async throws {
        for endpoint in ["parse", "lint", "analyze", "fix", "render?to=text"] {
            try await expectError("/api/\(endpoint)\(endpoint.contains("?") ? "&" : "?")name=a.txt", body: nil,
                status: .badRequest, containing: "上传的内容为空")
        }
    }

    @Test func binaryAsTextIsRefused() async throws {
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE, 0x00])
        try await expectError("/api/lint?name=photo.txt", body: binary, status: .badRequest, containing: "不是文本")
    }

    @Test func brokenWordDocumentIsRefused() async throws {
        let notZip = Data("这不是 Word 文档".utf8)
        try await expectError("/api/lint?name=草稿.docx", body: notZip, status: .badRequest, containing: "草稿.docx")
    }

    @Test func unknownFormatNameIsRefused() async throws {
        try await expectError("/api/lint?name=report.pdf", body: Data("正文".utf8), status: .badRequest, containing: "不支持的文件类型“.pdf”")
        try await expectError("/api/parse", body: Data("正文".utf8), headers: [UploadHeader.name: "noextension"],
            status: .badRequest, containing: "无扩展名")
    }

    @Test func unknownWriterIsRefused() async throws {
        try await expectError("/api/render?to=pdf&name=a.txt", body: Data("一、基本情况\n".utf8), status: .badRequest,
            containing: "没有名为“pdf”的输出格式")
        try await expectError("/api/render?name=a.txt", body: Data("一、基本情况\n".utf8), status: .badRequest,
            containing: "可用的格式：markdown、text、xlsx、docx")
    }

    @Test func unknownRouteAndWrongMethodGetChineseJSON() async throws {
        try await expectError("/api/nothing", body: nil, status: .notFound, containing: "没有这个页面或接口")
        try await expectError("/api/lint", body: nil, method: .get, status: .notFound, containing: "没有这个页面或接口")
    }

    @Test func pathInTheNameIsIgnored() async throws {
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/lint?name=..%2F..%2Fetc%2Fdraft.txt", method: .post, body: ByteBuffer(data: Data("一、基本情况\n".utf8))) {
                response in
                #expect(response.status == .ok)
                let files = try ServerTestSupport.json(response.body)["files"] as? [[String: Any]]
                #expect(files?.first?["path"] as? String == "draft.txt")
            }
        }
    }

    @Test func loopbackDetection() {
        #expect(ReportServerApp.isLoopback("127.0.0.1"))
        #expect(ReportServerApp.isLoopback("localhost"))
        #expect(ReportServerApp.isLoopback("::1"))
        #expect(!ReportServerApp.isLoopback("0.0.0.0"))
        #expect(!ReportServerApp.isLoopback("192.168.1.5"))
    }
}

/// Notepad's "Unicode" (UTF-16) drafts are text, not binary: the server passes them to the reader.
@Suite struct UTF16UploadTests {
    static let text = "一、基本情况\r\n　　全区共有中小学校12所,在校学生8000人。\r\n"

    @Test func utf16WithAByteOrderMarkIsChecked() async throws {
        var data = Data([0xFF, 0xFE])
        for unit in Self.text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/lint?name=记事本.txt", method: .post, body: ByteBuffer(data: data)) { response in
                #expect(response.status == .ok)
                #expect(ServerTestSupport.text(response.body).contains("punctuation.half-width"))
            }
        }
    }

    @Test func utf16WithoutAByteOrderMarkIsNotCalledBinary() throws {
        var data = Data()
        for unit in Self.text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(Upload.looksLikeUTF16(data))
        let upload = try Upload(data: data, name: "记事本.txt")
        #expect(upload.format == .text)
        // A binary file has NULs on both sides of its byte pairs.
        #expect(!Upload.looksLikeUTF16(Data([0x89, 0x50, 0x00, 0x00, 0x0D, 0x0A, 0x00, 0x0A])))
    }
}
