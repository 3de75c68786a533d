import Foundation

/// Runs each job in a child process: `reportkit serve-job …`, which reads the upload on stdin and
/// writes a `JobResult` on stdout. A trap, a stack overflow or an allocation the kernel refuses ends
/// the child only, and the request gets a Chinese answer; a job past its time is killed, not left
/// running; the child's address space is capped by a multiple of the upload (`MemoryBudget`).
public struct ChildProcessJobs: JobRunner {
    /// The address space one job may use: a fixed part for the program itself and a multiple of the upload.
    public struct MemoryBudget: Sendable {
        public var base: Int
        public var perUploadByte: Int

        public init(base: Int, perUploadByte: Int) {
            self.base = base
            self.perUploadByte = perUploadByte
        }

        /// 1 GB for the program, its threads and libraries, plus 64 bytes per byte of upload.
        public static let standard = MemoryBudget(base: 1 << 30, perUploadByte: 64)

        public func bytes(forUpload count: Int) -> Int { base + perUploadByte * count }
    }

    public let executable: String
    /// The arguments before the job's own (`serve-job --templates Templates`).
    public let leadingArguments: [String]
    public let timeout: Duration
    public let memory: MemoryBudget

    public init(
        executable: String, leadingArguments: [String], timeout: Duration = ReportServerApp.requestTimeout,
        memory: MemoryBudget = .standard
    ) {
        self.executable = executable
        self.leadingArguments = leadingArguments
        self.timeout = timeout
        self.memory = memory
    }

    public func run(_ job: Job, on upload: Upload) async -> JobResult {
        let process = ChildProcess(
            executable: executable,
            arguments: leadingArguments + job.arguments + ["--memory-limit", String(memory.bytes(forUpload: upload.data.count))],
            timeout: timeout, outputLimit: 64 * 1024 * 1024 + 32 * upload.data.count,
            // A child that traps ends at once, without the seconds Swift's backtracer would take.
            environment: ["SWIFT_BACKTRACE": "enable=no"])
        switch await process.run(input: Array(upload.data)) {
        case .exited(status: 0, stdout: let stdout, stderr: _):
            if let result = JobResult(encoded: stdout) { return result }
            return .failure(Self.aborted(upload.name))
        case .exited(status: _, stdout: _, stderr: let stderr), .signalled(signal: _, stderr: let stderr):
            return .failure(Self.aborted(upload.name, stderr: stderr))
        case .timedOut:
            return .failure(.timeout)
        case .cancelled:
            return .failure(ServerError(status: 503, message: "请求已取消"))
        case .outputTooLarge:
            return .failure(ServerError(status: 413, message: "\(upload.name): 处理结果过大，无法返回；请分成几份草稿分别检查"))
        case .launchFailed(let detail):
            return .failure(ServerError(status: 500, message: "无法启动检查进程（\(detail)），请重新安装 reportkit 或联系维护人员"))
        }
    }

    /// The answer for a child that ended without a result: its own `reportkit: …` message if it
    /// printed one, otherwise a plain statement that this file could not be processed.
    static func aborted(_ name: String, stderr: [UInt8] = []) -> ServerError {
        let text = String(decoding: stderr, as: UTF8.self)
        if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("reportkit: ") }) {
            return ServerError(status: 422, message: String(line.dropFirst("reportkit: ".count)))
        }
        return ServerError(
            status: 422,
            message: "\(name): 处理时意外中止，文件可能已损坏、结构过于复杂或所需内存超出限额；请在 Word 中打开后另存一份再试。其他文件不受影响")
    }
}
