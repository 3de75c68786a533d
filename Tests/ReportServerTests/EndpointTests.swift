import Foundation
import Hummingbird
import ReportReading
import ReportServer
import Testing
import TestSupport
import ZIPFoundation

/// Every endpoint on the planted-defect draft (Fixtures/planted.txt: a placeholder, a half-width
/// comma, a repeated 。, a skipped （二）, an unmet target and a 其中 row that does not add up).
@Suite struct EndpointTests {
    let planted: Data

    init() throws { planted = try ServerTestSupport.fixture("planted.txt") }

    @Test func pageAndItsResourcesAreServed() async throws {
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(ServerTestSupport.text(response.body).contains("草稿检查"))
            }
            try await client.execute(uri: "/static/app.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerTestSupport.text(response.body).contains("/api/analyze"))
            }
            try await client.execute(uri: "/static/style.css", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/css") == true)
            }
        }
    }

    @Test func onlyItsOwnResourcesAreServed() async throws {
        try await ServerTestSupport.server().test { client in
            for uri in ["/static/..%2F..%2FPackage.swift", "/static/index.htm", "/etc/passwd", "/static/../../Package.swift"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(ServerTestSupport.text(response.body).contains("没有这个页面"), "\(uri)")
                }
            }
        }
    }

    @Test func lintGivesTheCLIJSON() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/lint?name=planted.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.status == .ok)
                let json = try ServerTestSupport.json(response.body)
                let files = try #require(json["files"] as? [[String: Any]])
                #expect(files.first?["path"] as? String == "planted.txt")
                let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
                let rules = Set(diagnostics.compactMap { $0["rule"] as? String })
                for rule in ["placeholder", "punctuation.half-width", "punctuation.repeated", "indicator.target-unmet", "indicator.subtotal"] {
                    #expect(rules.contains { $0.hasPrefix(rule) }, "missing \(rule) in \(rules.sorted())")
                }
                // The half-width comma after ＸＸ人 on line 5, behind the two full-width spaces.
                let comma = try #require(diagnostics.first { $0["rule"] as? String == "punctuation.half-width" })
                #expect(comma["line"] as? Int == 5)
                let summary = try #require(json["summary"] as? [String: Any])
                #expect(summary["files"] as? Int == 1)
                #expect((summary["errors"] as? Int ?? 0) + (summary["warnings"] as? Int ?? 0) > 0)
            }
        }
    }

    @Test func parseGivesTheModel() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            try await client.execute(
                uri: "/api/parse", method: .post, headers: [UploadHeader.name: "planted.txt"], body: ByteBuffer(data: planted)
            ) { response in
                #expect(response.status == .ok)
                let json = try ServerTestSupport.json(response.body)
                let sections = try #require(json["sections"] as? [[String: Any]])
                #expect(sections.map { $0["title"] as? String } == ["基本情况", "自查情况", "存在问题", "下一步工作打算"])
                #expect((json["indicatorTables"] as? [Any])?.count == 1)
                #expect(json["quantities"] != nil)
            }
        }
    }

    @Test func analyzeGivesLinesOutlineAndMarkedIndicators() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/analyze?name=planted.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.status == .ok)
                let json = try ServerTestSupport.json(response.body)
                let lines = try #require(json["lines"] as? [String])
                #expect(lines[4].hasPrefix("　　全县共有中小学校52所"))
                let outline = try #require(json["outline"] as? [[String: Any]])
                #expect(outline.contains { $0["title"] as? String == "推进教师队伍建设" && $0["level"] as? Int == 2 })
                #expect(outline.first?["role"] as? String != nil)
                let tables = try #require(json["indicatorTables"] as? [[String: Any]])
                let rows = try #require(tables.first?["rows"] as? [[String: Any]])
                let marked = rows.filter { !(($0["findings"] as? [Any]) ?? []).isEmpty }.compactMap { $0["name"] as? String }
                #expect(marked.contains { $0.contains("毛入园率") })
                #expect(json["fixable"] as? Bool == true)
            }
        }
    }

    @Test func renderEveryWriter() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            let expected: [(String, String, String)] = [
                ("markdown", "text/markdown", "planted.md"), ("text", "text/plain", "planted-%E5%85%AC%E6%96%87%E6%A0%BC%E5%BC%8F.txt"),
                ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "planted-%E6%8C%87%E6%A0%87%E9%99%84%E8%A1%A8.xlsx"),
                ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "planted.docx"),
            ]
            for (id, type, fileName) in expected {
                try await client.execute(uri: "/api/render?to=\(id)&name=planted.txt", method: .post, body: ByteBuffer(data: planted)) {
                    response in
                    #expect(response.status == .ok, "\(id)")
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true, "\(id)")
                    #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''\(fileName)") == true, "\(id)")
                    let body = ServerTestSupport.data(response.body)
                    if id == "xlsx" || id == "docx" {
                        let archive = try Archive(data: body, accessMode: .read)
                        #expect(archive[id == "xlsx" ? "xl/workbook.xml" : "word/document.xml"] != nil)
                    } else {
                        #expect(String(decoding: body, as: UTF8.self).contains("下一步工作打算"))
                    }
                }
            }
        }
    }

    @Test func renderedDocxReadsBackAndTemporaryFilesAreRemoved() async throws {
        let planted = planted
        let temporary = FileManager.default.temporaryDirectory
        let before = try Self.serverFolders(in: temporary)
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/render?to=docx&name=草稿.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''%E8%8D%89%E7%A8%BF.docx") == true)
                let document = try ReportReader.read(data: ServerTestSupport.data(response.body), path: "草稿.docx", format: .docx)
                #expect(document.report.sections.count == 4)
            }
        }
        // Other tests run in parallel and have folders of their own for the length of their requests;
        // a leaked folder stays, theirs go. Wait for the transient ones before judging.
        var left = try Self.serverFolders(in: temporary).subtracting(before)
        let deadline = ContinuousClock.now + .seconds(20)
        while !left.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            left = try Self.serverFolders(in: temporary).subtracting(before)
        }
        #expect(left.isEmpty)
    }

    @Test func fixAppliesTheSafeFixes() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/fix?name=planted.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.status == .ok)
                // 草稿（修复）.txt: the fixed draft never shares the upload's name.
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''planted%EF%BC%88%E4%BF%AE%E5%A4%8D%EF%BC%89.txt") == true)
                #expect(Int(response.headers[HTTPFields.Element.Name("X-Fixes-Applied")!] ?? "0") ?? 0 >= 2)
                let fixed = ServerTestSupport.text(response.body)
                #expect(fixed.contains("在校学生ＸＸ人，专任教师"))
                #expect(!fixed.contains("。。"))
                #expect(fixed.contains("　　县政府召开专题会议研究教育工作。全年"))
            }
        }
    }

    @Test func fixRefusesWordDocuments() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            let docx = try await client.execute(uri: "/api/render?to=docx&name=planted.txt", method: .post, body: ByteBuffer(data: planted)) {
                ServerTestSupport.data($0.body)
            }
            try await client.execute(uri: "/api/fix?name=planted.docx", method: .post, body: ByteBuffer(data: docx)) { response in
                #expect(response.status == .badRequest)
                let message = try ServerTestSupport.json(response.body)["error"] as? String
                #expect(message == "planted.docx: 暂时只能自动修复纯文本（.txt）或 Markdown（.md）草稿，不能修复 Word 文档")
            }
            // The Word document itself lints.
            try await client.execute(uri: "/api/lint?name=planted.docx", method: .post, body: ByteBuffer(data: docx)) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func wordDraftsComeBackWithCommentsOrTrackedChanges() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            let docx = try await client.execute(uri: "/api/render?to=docx&name=planted.txt", method: .post, body: ByteBuffer(data: planted)) {
                ServerTestSupport.data($0.body)
            }
            try await client.execute(uri: "/api/annotate?name=草稿.docx", method: .post, body: ByteBuffer(data: docx)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''%E8%8D%89%E7%A8%BF-%E6%89%B9%E6%B3%A8.docx") == true)
                let comments = Int(response.headers[HTTPFields.Element.Name("X-Review-Comments")!] ?? "0") ?? 0
                #expect(comments >= 6)
                let parts = try Self.parts(ServerTestSupport.data(response.body))
                #expect(parts["word/comments.xml"]?.components(separatedBy: "w:author=\"ReportKit\"").count == comments + 1)
                #expect(parts["word/document.xml"]?.contains("<w:ins ") == false)
            }
            try await client.execute(uri: "/api/revise?name=草稿.docx", method: .post, body: ByteBuffer(data: docx)) { response in
                #expect(response.status == .ok)
                #expect(Int(response.headers[HTTPFields.Element.Name("X-Review-Revisions")!] ?? "0") ?? 0 >= 2)
                let document = try Self.parts(ServerTestSupport.data(response.body))["word/document.xml"] ?? ""
                #expect(document.contains("<w:delText xml:space=\"preserve\">。。</w:delText>"))
            }
            try await client.execute(uri: "/api/annotate?name=planted.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.status == .badRequest)
                let message = try ServerTestSupport.json(response.body)["error"] as? String
                #expect(message?.hasPrefix("planted.txt: 只有 Word 文档（.docx）可以生成带批注或修订的副本") == true)
            }
        }
    }

    @Test func findingsExportAsAnExcelList() async throws {
        let planted = planted
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/export?name=草稿.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''%E8%8D%89%E7%A8%BF-%E6%A3%80%E6%9F%A5%E7%BB%93%E6%9E%9C.xlsx") == true)
                let strings = try Self.parts(ServerTestSupport.data(response.body))["xl/sharedStrings.xml"] ?? ""
                for text in ["“草稿.txt”检查结果", "序号", "位置", "原文", "修改建议", "ＸＸ", "改为“，”", "第5行第19字"] {
                    #expect(strings.contains(text), "\(text)")
                }
            }
        }
    }

    static func parts(_ data: Data) throws -> [String: String] { try PackageParts.read(data) }

    @Test func concurrentRequestsAllSucceed() async throws {
        let planted = planted
        // Room for all eight in the gate (the default admits one per core and queues two per core).
        let router = ReportServerApp.router(registry: ServerTestSupport.registry, gate: JobGate(limit: 2, queueLimit: 8))
        try await TestServer(router).test { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.execute(uri: "/api/lint?name=a.txt", method: .post, body: ByteBuffer(data: planted)) {
                            $0.status.code
                        }
                    }
                }
                for try await status in group { #expect(status == 200) }
            }
        }
    }

    private static func serverFolders(in folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("reportkit-serve-") })
    }
}

enum UploadHeader {
    static let name = HTTPFields.Element.Name("X-Filename")!
}
