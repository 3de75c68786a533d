import Dispatch
import Foundation
import Synchronization

/// Runs the CPU-bound pipeline off the server's event loops, with the request time limit: a request
/// that takes longer gets a Chinese 503 (the work itself finishes in the background and is dropped).
///
/// The work runs on Dispatch's global queue, not on Swift's cooperative pool, and the time limit is
/// kept by a private queue of its own: with one thread per core, lint work that fills the pool
/// would otherwise keep the timer from ever firing.
enum Worker {
    private static let timers = DispatchQueue(label: "reportkit.serve.timeouts")

    static func run<T: Sendable>(
        timeout: Duration = ReportServerApp.requestTimeout, _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            timers.asyncAfter(deadline: .now() + timeout.dispatchInterval) {
                once.resume(.failure(ServerError.timeout))
            }
            DispatchQueue.global(qos: .userInitiated).async {
                let result: Result<T, any Error>
                do { result = .success(try work()) } catch { result = .failure(error) }
                once.resume(result)
            }
        }
    }
}

extension Duration {
    /// The duration for Dispatch, in nanoseconds.
    var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = components
        return .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
    }
}

/// Resumes a continuation the first time only (the work or the timer, whichever ends first).
private final class ResumeOnce<T: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<T, any Error>?>

    init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = Mutex(continuation) }

    func resume(_ result: Result<T, any Error>) {
        let taken = continuation.withLock { value in
            defer { value = nil }
            return value
        }
        taken?.resume(with: result)
    }
}
