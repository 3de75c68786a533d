import Foundation
import Hummingbird
import ReportDrafting
import ReportModel
import ReportPluginKit
import ReportScheme
import ReportServer
import Testing
import TestSupport

/// The optional scheme choice: the shipped templates are listed and a draft is checked against one.
@Suite struct SchemeTests {
    static func server() throws -> TestServer {
        let url = Repository.root.appendingPathComponent("Templates/chongqing/2023.yml")
        let scheme = try SchemeTemplateLoader.load(contentsOf: url)
        return TestServer(ReportServerApp.router(registry: ServerTestSupport.registry, schemes: ["chongqing/2023": scheme]))
    }

    @Test func schemesAreListed() async throws {
        try await Self.server().test { client in
            try await client.execute(uri: "/api/schemes", method: .get) { response in
                let list = try JSONSerialization.jsonObject(with: ServerTestSupport.data(response.body)) as? [[String: String]]
                #expect(list?.map { $0["id"] } == ["chongqing/2023"])
                #expect(list?.first?["title"]?.contains("评价方案") == true)
            }
        }
    }

    @Test func lintWithASchemeAddsSchemeFindings() async throws {
        let planted = try ServerTestSupport.fixture("planted.txt")
        try await Self.server().test { client in
            let plain = try await client.execute(uri: "/api/lint?name=p.txt", method: .post, body: ByteBuffer(data: planted)) {
                ServerTestSupport.text($0.body)
            }
            #expect(!plain.contains("\"scheme."))
            try await client.execute(uri: "/api/lint?name=p.txt&scheme=chongqing/2023", method: .post, body: ByteBuffer(data: planted)) {
                response in
                #expect(response.status == .ok)
                #expect(ServerTestSupport.text(response.body).contains("\"rule\": \"scheme.point-missing\""))
            }
            try await client.execute(uri: "/api/analyze?name=p.txt&scheme=beijing/2030", method: .post, body: ByteBuffer(data: planted)) {
                response in
                #expect(response.status == .badRequest)
                #expect(ServerTestSupport.text(response.body).contains("没有名为“beijing/2030”的评价方案"))
            }
        }
    }
}
