import Foundation
import ReportLinting
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with bytes on its stdin and collects its stdout, and stops it (with everything it
/// started: it runs in its own process group) when it outlives its time, writes more than its limit,
/// or the request that wanted it is cancelled. A stopped child is killed and reaped before this
/// returns, so its memory is given back at once. One thread and `poll(2)`: no pipe can fill up and
/// block the other.
struct ChildProcess: Sendable {
    enum Outcome: Sendable, Equatable {
        /// The program ended by itself, with this exit status.
        case exited(status: Int32, stdout: [UInt8], stderr: [UInt8])
        /// A signal ended it (a trap in the program, or the kernel refusing it memory).
        case signalled(signal: Int32, stderr: [UInt8])
        case timedOut
        case cancelled
        case outputTooLarge
        case launchFailed(String)
    }

    let executable: String
    /// The arguments after the program's name.
    let arguments: [String]
    let timeout: Duration
    /// Stdout beyond this many bytes stops the child.
    let outputLimit: Int
    /// Variables set for the child on top of this process's environment.
    var environment: [String: String] = [:]

    /// Runs the child on a thread of its own (not Dispatch's pool, where CPU-bound work would delay
    /// the time limit) and waits for it without holding a thread of Swift's pool; cancelling the
    /// calling task stops the child.
    func run(input: [UInt8]) async -> Outcome {
        let stop = StopFlag()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
                let process = self
                Thread.detachNewThread {
                    continuation.resume(returning: process.runBlocking(input: input, stop: stop))
                }
            }
        } onCancel: {
            stop.set()
        }
    }

    /// SIGPIPE is ignored for the whole process, once and for good: a child that dies before
    /// reading all of its stdin must give this process an EPIPE, not end it.
    private static let brokenPipesIgnored: Bool = {
        BrokenPipes.ignoreForGood()
        return true
    }()

    func runBlocking(input: [UInt8], stop: StopFlag) -> Outcome {
        _ = Self.brokenPipesIgnored
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard pipe(&stdinPipe) == 0 else { return .launchFailed(String(cString: strerror(errno))) }
        guard pipe(&stdoutPipe) == 0 else {
            stdinPipe.forEach { close($0) }
            return .launchFailed(String(cString: strerror(errno)))
        }
        guard pipe(&stderrPipe) == 0 else {
            (stdinPipe + stdoutPipe).forEach { close($0) }
            return .launchFailed(String(cString: strerror(errno)))
        }
        for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))

        let argumentList = [executable] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = argumentList.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, &argv, &envp)
        for fd in [stdinPipe[0], stdoutPipe[1], stderrPipe[1]] { close(fd) }
        guard spawned == 0 else {
            for fd in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] { close(fd) }
            return .launchFailed(String(cString: strerror(spawned)))
        }
        _ = fcntl(stdinPipe[1], F_SETFL, fcntl(stdinPipe[1], F_GETFL) | O_NONBLOCK)
        return communicate(pid: pid, stdin: stdinPipe[1], stdout: stdoutPipe[0], stderr: stderrPipe[0], input: input, stop: stop)
    }

    private enum Stop { case timedOut, cancelled, outputTooLarge }

    private func communicate(pid: pid_t, stdin: Int32, stdout: Int32, stderr: Int32, input: [UInt8], stop: StopFlag) -> Outcome {
        let deadline = ContinuousClock.now + timeout
        var inputFD: Int32 = stdin
        if input.isEmpty {
            close(stdin)
            inputFD = -1
        }
        var output: [UInt8] = [], errors: [UInt8] = []
        var open: Set<Int32> = [stdout, stderr]
        var written = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var stopped: Stop?
        while stopped == nil && (!open.isEmpty || inputFD >= 0) {
            if stop.isSet { stopped = .cancelled; break }
            if ContinuousClock.now >= deadline { stopped = .timedOut; break }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            // Short waits, so that a cancellation is seen within 50 ms.
            let ready = poll(&fds, nfds_t(fds.count), 50)
            if ready < 0 && errno != EINTR { break }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    let count = input[written...].withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    if (count < 0 && errno != EAGAIN && errno != EINTR) || written == input.count {
                        close(inputFD)
                        inputFD = -1
                    }
                } else {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 {
                        if entry.fd == stdout {
                            output.append(contentsOf: buffer[..<count])
                            if output.count > outputLimit { stopped = .outputTooLarge }
                        } else if errors.count < 65536 {
                            errors.append(contentsOf: buffer[..<count])
                        }
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        open.remove(entry.fd)
                        close(entry.fd)
                    }
                }
            }
        }
        if inputFD >= 0 { close(inputFD) }
        for fd in open { close(fd) }
        var status: Int32 = 0
        if stopped == nil {
            // Its output is closed: it has ended or is ending; wait what is left of its time.
            while waitpid(pid, &status, WNOHANG) == 0 {
                if stop.isSet { stopped = .cancelled; break }
                if ContinuousClock.now >= deadline { stopped = .timedOut; break }
                usleep(2000)
            }
        }
        if let stopped {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            switch stopped {
            case .timedOut: return .timedOut
            case .cancelled: return .cancelled
            case .outputTooLarge: return .outputTooLarge
            }
        }
        let signal = status & 0x7F
        if signal != 0 { return .signalled(signal: signal, stderr: errors) }
        return .exited(status: (status >> 8) & 0xFF, stdout: output, stderr: errors)
    }
}

/// Set once to ask a running child to stop.
final class StopFlag: Sendable {
    private let flag = Mutex(false)
    func set() { flag.withLock { $0 = true } }
    var isSet: Bool { flag.withLock { $0 } }
}
