import Foundation
import Hummingbird
import ReportModel
import ReportPluginKit

/// The `reportkit serve` web application: the page at `/`, its static resources, and the JSON API
/// (`POST /api/parse`, `/api/lint`, `/api/analyze`, `/api/render?to=…`, `/api/fix`). Plugins come in
/// through the registry given by the command, so this library names no concrete rule or writer.
public enum ReportServerApp {
    /// How long one request may take before the page is told to try again.
    public static let requestTimeout: Duration = .seconds(30)

    /// The router with every route; the tests drive it directly.
    public static func router(registry: PluginRegistry, schemes: [String: EvaluationScheme] = [:])
        -> Router<BasicRequestContext>
    {
        let service = ReportService(registry: registry, schemes: schemes)
        let router = Router()
        router.add(middleware: ErrorMiddleware())
        router.get("/") { _, _ in try StaticResources.response(for: "index.html") }
        router.get("/static/:file") { _, context in
            try StaticResources.response(for: context.parameters.get("file") ?? "")
        }
        router.get("/api/schemes") { _, _ in service.schemeList().jsonResponse() }
        router.post("/api/parse") { request, _ in
            let upload = try await UploadDecoder.upload(from: request)
            return try await Worker.run { try service.parse(upload) }.jsonResponse()
        }
        router.post("/api/lint") { request, _ in
            let upload = try await UploadDecoder.upload(from: request)
            let scheme = request.uri.queryParameters["scheme"].map(String.init)
            return try await Worker.run { try service.lintUTF8(upload, scheme: scheme) }.jsonResponse()
        }
        router.post("/api/analyze") { request, _ in
            let upload = try await UploadDecoder.upload(from: request)
            let scheme = request.uri.queryParameters["scheme"].map(String.init)
            return try await Worker.run { try service.analyzeUTF8(upload, scheme: scheme) }.jsonResponse()
        }
        router.post("/api/render") { request, _ in
            let upload = try await UploadDecoder.upload(from: request)
            let id = request.uri.queryParameters["to"].map(String.init) ?? ""
            let rendered = try await Worker.run { try service.render(upload, to: id) }
            return Responses.file(rendered.data, contentType: rendered.contentType, fileName: rendered.fileName)
        }
        router.post("/api/fix") { request, _ in
            let upload = try await UploadDecoder.upload(from: request)
            let scheme = request.uri.queryParameters["scheme"].map(String.init)
            let fixed = try await Worker.run { try service.fix(upload, scheme: scheme) }
            var response = Responses.file(Data(fixed.text.utf8), contentType: ReportService.contentType(
                (fixed.fileName as NSString).pathExtension == "md" ? "md" : "txt"), fileName: fixed.fileName)
            response.headers[Responses.appliedFixes] = String(fixed.applied)
            response.headers[Responses.skippedFixes] = String(fixed.skipped)
            return response
        }
        return router
    }

    /// The application bound to `host:port`; `onRunning` is called once it listens.
    public static func application(
        registry: PluginRegistry, schemes: [String: EvaluationScheme] = [:], host: String, port: Int, onRunning: @escaping @Sendable () async -> Void = {}
    ) -> some ApplicationProtocol {
        Application(
            router: router(registry: registry, schemes: schemes),
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: .init(address: .hostname(host, port: port), serverName: "reportkit"),
            onServerRunning: { _ in await onRunning() })
    }

    /// Whether `host` is a loopback address (the default; anything else is reachable from the network).
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}

extension String {
    func jsonResponse() -> Response {
        Responses.json(self, status: .ok)
    }
}

extension [UInt8] {
    /// These UTF-8 bytes as a 200 JSON response.
    func jsonResponse() -> Response {
        Responses.json(bytes: self, status: .ok)
    }
}
