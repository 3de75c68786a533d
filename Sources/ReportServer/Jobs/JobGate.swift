import Foundation
import Synchronization

/// Bounds the document work in progress: at most `limit` jobs at once (one per core by default), at
/// most `queueLimit` more waiting in order; a request beyond that is refused at once with a 503, so
/// that a burst of uploads never piles up work nor starves the page's own requests.
public final class JobGate: Sendable {
    public let limit: Int
    public let queueLimit: Int

    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    private let state = Mutex(State())

    public init(limit: Int, queueLimit: Int) {
        precondition(limit > 0 && queueLimit >= 0)
        self.limit = limit
        self.queueLimit = queueLimit
    }

    /// One job per core, and as many waiting.
    public static func perCore() -> JobGate {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return JobGate(limit: cores, queueLimit: 2 * cores)
    }

    /// The error for a request that finds the queue full.
    public var busy: ServerError {
        ServerError(status: 503, message: "服务器正忙：已有 \(limit) 份草稿正在检查、\(queueLimit) 份在排队，请稍后再试")
    }

    /// Runs `work` once a place is free; throws `busy` at once when the queue is full.
    public func run<T: Sendable>(_ work: () async -> T) async throws(ServerError) -> T {
        let admitted = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let decision: Bool? = state.withLock { state in
                if state.running < limit {
                    state.running += 1
                    return true
                }
                if state.waiting.count >= queueLimit { return false }
                state.waiting.append(continuation)
                return nil
            }
            if let decision { continuation.resume(returning: decision) }
        }
        guard admitted else { throw busy }
        defer { leave() }
        return await work()
    }

    /// The number of jobs in work and waiting, for tests and diagnostics.
    public var load: (running: Int, waiting: Int) {
        state.withLock { ($0.running, $0.waiting.count) }
    }

    private func leave() {
        // The place passes straight to the first waiting job, if any.
        let next: CheckedContinuation<Bool, Never>? = state.withLock { state in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: true)
    }
}
