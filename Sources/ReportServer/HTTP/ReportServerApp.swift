import Foundation
import Hummingbird
import ReportModel
import ReportPluginKit
import ReportScheme

/// The `reportkit serve` web application: the page at `/`, its static resources, and the JSON API
/// (`GET /api/schemes`, `/api/writers`, `/api/rules`; `POST /api/parse`, `/api/lint`, `/api/analyze`,
/// `/api/render?to=…`, `/api/fix`). Plugins come in through the registry given by the command, so
/// this library names no concrete rule or writer. Document work goes through a `JobGate` (at most
/// one job per core, a short queue, 503 beyond it) to a `JobRunner` (a child process per job in
/// `reportkit serve`); every POST must carry the page's `X-ReportKit: 1` header.
public enum ReportServerApp {
    /// How long one request may take before the page is told to try again.
    public static let requestTimeout: Duration = .seconds(30)

    /// The router with every route; the tests drive it directly. Without `jobs`, documents are
    /// processed in this process (`InProcessJobs`).
    public static func router(
        registry: PluginRegistry, schemes: [String: EvaluationScheme] = [:], jobs: (any JobRunner)? = nil,
        gate: JobGate = .perCore()
    ) -> Router<ServerContext> {
        let service = ReportService(registry: registry, schemes: schemes)
        let jobs = jobs ?? InProcessJobs(service: service)
        let router = Router(context: ServerContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: PageOriginGuard())
        router.get("/") { _, _ in try StaticResources.response(for: "index.html") }
        router.get("/static/:file") { _, context in
            try StaticResources.response(for: context.parameters.get("file") ?? "")
        }
        router.get("/api/schemes") { _, _ in service.schemeList().jsonResponse() }
        router.get("/api/writers") { _, _ in service.writerList().jsonResponse() }
        router.get("/api/rules") { _, _ in service.ruleList().jsonResponse() }
        for operation in Job.Operation.allCases {
            router.post(RouterPath("/api/\(operation.rawValue)")) { request, _ in
                let upload = try await UploadDecoder.upload(from: request)
                let query = request.uri.queryParameters
                let scheme = query["scheme"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
                let writer = operation == .render ? query["to"].map(String.init) ?? "" : nil
                let job = Job(operation: operation, name: upload.name, scheme: scheme, writer: writer)
                try service.check(job)
                let result = try await gate.run { await jobs.run(job, on: upload) }
                return Responses.response(for: result)
            }
        }
        return router
    }

    /// The application bound to `host:port`; `onRunning` is called once it listens.
    public static func application(
        registry: PluginRegistry, schemes: [String: EvaluationScheme] = [:], jobs: (any JobRunner)? = nil,
        host: String, port: Int, onRunning: @escaping @Sendable () async -> Void = {}
    ) -> some ApplicationProtocol {
        Application(
            router: router(registry: registry, schemes: schemes, jobs: jobs),
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
