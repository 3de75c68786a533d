import Foundation
import Synchronization

/// Runs the CPU-bound pipeline off the server's event loops, with the request time limit: a request
/// that takes longer gets a Chinese 503 (the work itself finishes in the background and is dropped).
enum Worker {
    static func run<T: Sendable>(
        timeout: Duration = ReportServerApp.requestTimeout, _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            let timer = Task.detached {
                try await Task.sleep(for: timeout)
                once.resume(.failure(ServerError.timeout))
            }
            Task.detached {
                let result: Result<T, any Error>
                do { result = .success(try work()) } catch { result = .failure(error) }
                timer.cancel()
                once.resume(result)
            }
        }
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
