import Foundation
import Hummingbird
import ReportModel
import ReportPluginKit
import ReportServer
import Testing

/// A writer that is not built in: an HTML page of the report's headings, defined here only. The
/// server and the page must offer it with no edit of their own (issue 20).
struct HTMLFixtureWriter: ReportWriter {
    let id = "html"
    let fileExtension = "html"
    let title = "网页（HTML）"
    let mediaType = "text/html; charset=utf-8"
    let label = "网页"
    let fileNameSuffix = "-网页版"

    func write(_ report: Report, to destination: URL, options: WriterOptions) throws {
        var html = "<!doctype html><meta charset=\"utf-8\"><title>\(options.sourceDescription)</title>"
        for section in report.allSections { html += "<h\(min(section.level, 6))>\(section.title)</h\(min(section.level, 6))>" }
        try Data(html.utf8).write(to: destination)
    }
}

/// `/api/writers` describes every registered writer; the page builds its download buttons from it.
@Suite struct WriterListTests {
    @Test func everyBuiltInWriterDescribesItself() async throws {
        try await ServerTestSupport.server().test { client in
            try await client.execute(uri: "/api/writers", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(try JSONSerialization.jsonObject(with: ServerTestSupport.data(response.body)) as? [[String: Any]])
                    .map { $0.compactMapValues { $0 as? String } }
                #expect(list.map { $0["id"] } == ["markdown", "text", "xlsx", "docx"])
                let needs = try #require(try JSONSerialization.jsonObject(with: ServerTestSupport.data(response.body)) as? [[String: Any]])
                    .filter { $0["needsIndicatorTables"] as? Bool == true }.compactMap { $0["id"] as? String }
                #expect(needs == ["xlsx"])
                let xlsx = try #require(list.first { $0["id"] == "xlsx" })
                #expect(xlsx["mediaType"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(xlsx["label"] == "指标附表")
                #expect(xlsx["fileExtension"] == "xlsx")
                #expect(xlsx["fileNameSuffix"] == "-指标附表")
                for writer in list {
                    #expect(writer["label"]?.unicodeScalars.contains { $0.value >= 0x4E00 } == true, "\(writer)")
                    #expect(writer["mediaType"] != "application/octet-stream", "\(writer)")
                }
            }
        }
    }

    @Test func aFixtureWriterIsListedAndDownloadsWithNoServerEdit() async throws {
        var registry = ServerTestSupport.registry
        registry.writers.append(HTMLFixtureWriter())
        let planted = try ServerTestSupport.fixture("planted.txt")
        try await TestServer(ReportServerApp.router(registry: registry)).test { client in
            try await client.execute(uri: "/api/writers", method: .get) { response in
                let list = try #require(try JSONSerialization.jsonObject(with: ServerTestSupport.data(response.body)) as? [[String: Any]])
                    .map { $0.compactMapValues { $0 as? String } }
                let html = try #require(list.first { $0["id"] == "html" })
                #expect(html["label"] == "网页")
                #expect(html["mediaType"] == "text/html; charset=utf-8")
            }
            try await client.execute(uri: "/api/render?to=html&name=草稿.txt", method: .post, body: ByteBuffer(data: planted)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                // 草稿-网页版.html
                #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''%E8%8D%89%E7%A8%BF-%E7%BD%91%E9%A1%B5%E7%89%88.html") == true)
                let page = ServerTestSupport.text(response.body)
                #expect(page.contains("<h1>下一步工作打算</h1>"))
                #expect(page.contains("<title>草稿.txt</title>"))
            }
        }
    }

    @Test func thePageBuildsItsDownloadButtonsFromTheList() async throws {
        try await ServerTestSupport.server().test { client in
            let page = try await client.execute(uri: "/", method: .get) { ServerTestSupport.text($0.body) }
            let script = try await client.execute(uri: "/static/app.js", method: .get) { ServerTestSupport.text($0.body) }
            #expect(!page.contains("data-to=\"xlsx\""), "the page must not list writers by hand")
            #expect(script.contains("/api/writers"))
        }
    }
}
