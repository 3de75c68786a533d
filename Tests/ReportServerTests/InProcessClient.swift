import Foundation
import Hummingbird
import Logging
import ReportServer

/// Sends requests straight to the server's router, in this process, and collects the whole response:
/// what HummingbirdTesting's `.router` mode does, without its AsyncHTTPClient and BoringSSL.
struct InProcessClient: Sendable {
    /// What the router answered.
    struct Response: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    let responder: RouterResponder<ServerContext>
    /// Whether POSTs carry the page's `X-ReportKit: 1` header, as the page's own requests do.
    var sendsPageHeader = true

    init(router: Router<ServerContext>, sendsPageHeader: Bool = true) {
        responder = router.buildResponder()
        self.sendsPageHeader = sendsPageHeader
    }

    @discardableResult
    func execute<T>(
        uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
        _ check: (Response) async throws -> T
    ) async throws -> T {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        if sendsPageHeader, method == .post, headers[HTTPFields.Element.Name("X-ReportKit")!] == nil {
            headers[HTTPFields.Element.Name("X-ReportKit")!] = "1"
        }
        let request = Request(
            head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
            body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = ServerContext(logger: Logger(label: "reportkit.tests"))
        let response: Hummingbird.Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch {
            response = Hummingbird.Response(status: .internalServerError)
        }
        let writer = CollectingWriter()
        try await response.body.write(writer)
        return try await check(Response(status: response.status, headers: response.headers, body: writer.collected.value))
    }

    /// Collects a response body (a reference, since the body consumes its writer).
    private struct CollectingWriter: ResponseBodyWriter {
        final class Box: @unchecked Sendable { var value = ByteBuffer() }
        let collected = Box()

        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            collected.value.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}

/// A router with a client, for `try await TestServer(router).test { client in … }`.
struct TestServer {
    let router: Router<ServerContext>

    init(_ router: Router<ServerContext>) { self.router = router }

    func test<T>(sendsPageHeader: Bool = true, _ body: (InProcessClient) async throws -> T) async throws -> T {
        try await body(InProcessClient(router: router, sendsPageHeader: sendsPageHeader))
    }
}
