import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a shell command (`/bin/sh -c`) with bytes on its stdin, collecting stdout and stderr, and
/// kills it (with everything it started: it runs in its own process group) when it outlives the timeout
/// or prints more than `outputLimit` bytes. When the shell itself has exited, whatever it left running
/// is killed too, and output it holds open is not waited for (so a finished plugin is not a time-out).
/// One thread, `poll(2)`, no pipe can fill up and block the other.
struct PluginProcess {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var timedOut: Bool
        /// More than `outputLimit` bytes came out: the plugin was stopped.
        var outputExceeded: Bool
    }

    struct LaunchError: Error { var detail: String }

    let command: String
    let timeout: Double
    /// Bytes of stdout and stderr together beyond which the plugin is stopped and reported as failed.
    var outputLimit: Int = PluginProcess.defaultOutputLimit

    static let defaultOutputLimit = 64 << 20

    /// What the plugin reads on stdin: bytes written through a pipe, or a file opened as its stdin
    /// (a long report's JSON, streamed to a temporary file rather than held in memory).
    enum Input {
        case bytes(Data)
        case file(String)
    }

    func run(input: Data) throws(LaunchError) -> Output {
        try run(.bytes(input))
    }

    func run(_ source: Input) throws(LaunchError) -> Output {
        var input = Data()
        if case .bytes(let bytes) = source { input = bytes }
        // A plugin that does not read its stdin must not kill reportkit; restored afterwards so that
        // `reportkit lint … | head` still ends quietly.
        BrokenPipes.ignore()
        defer { BrokenPipes.restore() }
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
            throw LaunchError(detail: "无法创建管道（\(String(cString: strerror(errno)))）")
        }
        for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if case .file(let path) = source {
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        }
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))

        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        for fd in [stdinPipe[0], stdoutPipe[1], stderrPipe[1]] { close(fd) }
        guard spawned == 0 else {
            for fd in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] { close(fd) }
            throw LaunchError(detail: "无法启动（\(String(cString: strerror(spawned)))）")
        }
        _ = fcntl(stdinPipe[1], F_SETFL, fcntl(stdinPipe[1], F_GETFL) | O_NONBLOCK)
        return communicate(pid: pid, stdin: stdinPipe[1], stdout: stdoutPipe[0], stderr: stderrPipe[0], input: input)
    }

    private func communicate(pid: pid_t, stdin: Int32, stdout: Int32, stderr: Int32, input: Data) -> Output {
        let deadline = Self.now() + timeout
        var inputFD: Int32 = input.isEmpty ? -1 : stdin
        if input.isEmpty { close(stdin) }
        var outputs: [Int32: Data] = [stdout: Data(), stderr: Data()]
        var open: Set<Int32> = [stdout, stderr]
        var written = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        var timedOut = false, exceeded = false
        var total = 0
        var status: Int32 = 0
        // When the plugin's own process ends, output still held open by something it left running
        // (`sleep 100 &`) is waited for only this long.
        var exitedAt: Double?
        while !open.isEmpty || inputFD >= 0 {
            let now = Self.now()
            if exitedAt == nil, waitpid(pid, &status, WNOHANG) == pid { exitedAt = now }
            if let exitedAt, now - exitedAt > Self.lingerAfterExit { break }
            let remaining = deadline - now
            if remaining <= 0 { timedOut = exitedAt == nil; break }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            let wait = min(remaining, exitedAt == nil ? Self.exitCheckInterval : Self.lingerAfterExit)
            let ready = poll(&fds, nfds_t(fds.count), Int32(wait * 1000) + 1)
            if ready < 0 && errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    // Written from the Data itself: a copy of a long report's JSON was as large again.
                    let count = input.withUnsafeBytes { raw in
                        write(inputFD, raw.baseAddress.unsafelyUnwrapped + written, raw.count - written)
                    }
                    if count > 0 { written += count }
                    if count < 0 && errno != EAGAIN && errno != EINTR || written == input.count {
                        close(inputFD)
                        inputFD = -1
                    }
                } else {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 {
                        total += count
                        if total > outputLimit { exceeded = true; break }
                        outputs[entry.fd]?.append(contentsOf: buffer[..<count])
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        open.remove(entry.fd)
                    }
                }
            }
            if exceeded { break }
        }
        if inputFD >= 0 { close(inputFD) }
        for fd in [stdout, stderr] { close(fd) }
        if exitedAt == nil, !timedOut, !exceeded {
            // Output is closed; give the process what is left of the timeout to exit.
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Self.now() >= deadline { timedOut = true; break }
                usleep(2000)
            }
            exitedAt = timedOut ? nil : Self.now()
        }
        // Whatever the plugin started and left behind, and the plugin itself when it overran, ends with
        // it: the whole process group is killed. (A group's id is not reused while the group has members.)
        kill(-pid, SIGKILL)
        if exitedAt == nil {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Output(
            status: exitStatus, stdout: outputs[stdout] ?? Data(), stderr: outputs[stderr] ?? Data(),
            timedOut: timedOut, outputExceeded: exceeded)
    }

    /// How often the loop looks whether the plugin has exited while it waits for output.
    static let exitCheckInterval = 0.05
    /// How long output is still read after the plugin's process has exited.
    static let lingerAfterExit = 0.2

    private static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
