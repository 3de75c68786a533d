import Foundation
import Hummingbird
import ReportServer
import Synchronization
import Testing

/// A runner whose jobs wait until the test lets them finish, counting how many run at once.
final class HeldJobs: JobRunner {
    private struct State {
        var running = 0
        var mostAtOnce = 0
        var started = 0
        var released = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func run(_ job: Job, on upload: Upload) async -> JobResult {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let release: Bool = state.withLock { state in
                state.running += 1
                state.started += 1
                state.mostAtOnce = max(state.mostAtOnce, state.running)
                if state.released { return true }
                state.waiting.append(continuation)
                return false
            }
            if release { continuation.resume() }
        }
        state.withLock { $0.running -= 1 }
        return JobResult(contentType: "application/json; charset=utf-8", body: Array("{}\n".utf8))
    }

    var started: Int { state.withLock { $0.started } }
    var mostAtOnce: Int { state.withLock { $0.mostAtOnce } }

    func releaseAll() {
        let waiting = state.withLock { state in
            state.released = true
            defer { state.waiting = [] }
            return state.waiting
        }
        waiting.forEach { $0.resume() }
    }
}

/// At most `limit` documents in work, `queueLimit` waiting, a Chinese 503 at once past that; the page
/// itself and the scheme list answer while documents are in work.
@Suite struct JobGateTests {
    @Test func workBeyondTheQueueIsRefusedAtOnce() async throws {
        let held = HeldJobs()
        let gate = JobGate(limit: 2, queueLimit: 1)
        let server = TestServer(ReportServerApp.router(registry: ServerTestSupport.registry, jobs: held, gate: gate))
        try await server.test { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        try await client.execute(uri: "/api/lint?name=a.txt", method: .post, body: ByteBuffer(string: "正文")) { $0.status.code }
                    }
                }
                // Two in work, one waiting.
                while gate.load != (running: 2, waiting: 1) { try await Task.sleep(for: .milliseconds(10)) }
                #expect(held.started == 2)
                let started = ContinuousClock.now
                try await client.execute(uri: "/api/lint?name=b.txt", method: .post, body: ByteBuffer(string: "正文")) { response in
                    #expect(response.status == .serviceUnavailable)
                    let message = try ServerTestSupport.json(response.body)["error"] as? String
                    #expect(message == "服务器正忙：已有 2 份草稿正在检查、1 份在排队，请稍后再试")
                }
                #expect(ContinuousClock.now - started < .seconds(1))
                // The page and the lists do not wait for document work.
                for uri in ["/", "/api/schemes", "/api/writers"] {
                    try await client.execute(uri: uri, method: .get) { #expect($0.status == .ok, "\(uri)") }
                }
                held.releaseAll()
                for try await status in group { #expect(status == 200) }
            }
        }
        #expect(held.mostAtOnce == 2)
        #expect(held.started == 3)
        #expect(gate.load == (running: 0, waiting: 0))
    }

    @Test func neverMoreThanTheLimitAtOnce() async throws {
        let held = HeldJobs()
        held.releaseAll()
        let gate = JobGate(limit: 2, queueLimit: 100)
        let server = TestServer(ReportServerApp.router(registry: ServerTestSupport.registry, jobs: held, gate: gate))
        try await server.test { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await client.execute(uri: "/api/lint?name=a.txt", method: .post, body: ByteBuffer(string: "正文")) { $0.status.code }
                    }
                }
                for try await status in group { #expect(status == 200) }
            }
        }
        #expect(held.started == 20)
        #expect(held.mostAtOnce <= 2)
    }

    @Test func theDefaultIsOneJobPerCore() {
        let gate = JobGate.perCore()
        #expect(gate.limit == ProcessInfo.processInfo.activeProcessorCount)
        #expect(gate.queueLimit == 2 * gate.limit)
    }
}
