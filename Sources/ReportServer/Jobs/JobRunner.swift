/// Where the server's document work runs. `reportkit serve` runs each job in a child process
/// (`ChildProcessJobs`), so that no input can take the server down; the in-process runner is for
/// embedding and for tests of the HTTP layer.
public protocol JobRunner: Sendable {
    /// Runs the job; a failure of the job is a result (a Chinese refusal), never a thrown error.
    func run(_ job: Job, on upload: Upload) async -> JobResult
}

/// Runs jobs in this process, off the event loops, with the request time limit. A job past its time
/// limit is answered with a 503 but runs on (code in this process cannot be stopped from outside),
/// and a trap in it ends the process: the server itself uses `ChildProcessJobs`.
public struct InProcessJobs: JobRunner {
    let service: ReportService
    let timeout: Duration

    public init(service: ReportService, timeout: Duration = ReportServerApp.requestTimeout) {
        self.service = service
        self.timeout = timeout
    }

    public func run(_ job: Job, on upload: Upload) async -> JobResult {
        let service = service
        do {
            return try await Worker.run(timeout: timeout) { service.perform(job, on: upload) }
        } catch let error as ServerError {
            return .failure(error)
        } catch {
            return .failure(ServerError(status: 500, message: "服务器内部错误，请重试；若仍失败请联系维护人员"))
        }
    }
}
