import Foundation

/// Runs the built `reportkit` executable, as a user would, and captures what it prints.
public enum CommandRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `reportkit` binary that `swift build` / `swift test` built beside the test bundle.
    public static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("reportkit"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("reportkit"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    public static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { writeIgnoringBrokenPipe(stdin, to: input.fileHandleForWriting) }
        try? input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `data` to a child's stdin. A child that exits without reading it (a usage error) has
    /// closed the pipe: the write must then fail with EPIPE, not end the test process with SIGPIPE,
    /// whatever the process's disposition is at that moment (a plugin run in a parallel test ignores
    /// SIGPIPE and restores the default afterwards). SIGPIPE is blocked on this thread for the write,
    /// and one it raised is taken before the thread's mask is put back.
    static func writeIgnoringBrokenPipe(_ data: Data, to handle: FileHandle) {
        var brokenPipe = sigset_t(), previous = sigset_t()
        sigemptyset(&brokenPipe)
        sigaddset(&brokenPipe, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &brokenPipe, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var now = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&brokenPipe, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        try? handle.write(contentsOf: data)
    }

    /// A fresh temporary folder for a test's files, removed when the test process ends.
    public static func temporaryDirectory() throws -> URL {
        try TemporaryFolders.make(prefix: "reportkit-test")
    }
}
