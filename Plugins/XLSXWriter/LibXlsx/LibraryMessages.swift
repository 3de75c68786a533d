import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps libxlsxwriter's own English lines (`[ERROR] workbook_close(): Error creating …`, `[WARNING]: …`),
/// which the C library prints straight to the process's stderr, away from the user: every failure they
/// describe is also returned as an error code, which `XlsxFailure` turns into a Chinese message.
///
/// While a call runs, file descriptor 2 points at an unlinked temporary file; afterwards it is restored,
/// the library's lines are dropped and anything else written meanwhile (by another thread) is passed on
/// to the real stderr. Calls are serialised by a process-wide lock, as stderr is the process's; no
/// other code may point descriptor 2 elsewhere in-process (two redirections that do not nest restore
/// each other's files, and everything written after, Swift Testing's own report included, is lost).
enum LibraryMessages {
    private static let lock = NSRecursiveLock()
    nonisolated(unsafe) private static var depth = 0
    nonisolated(unsafe) private static var dropped: [String] = []

    /// The last library lines kept from stderr, at most 64 (for tests; read under the lock).
    static var droppedLines: [String] {
        lock.withLock { dropped }
    }

    /// Runs `body` with libxlsxwriter's stderr output captured and discarded.
    static func silenced<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        // Nested calls are already inside a capture.
        if depth > 0 { return try body() }
        fflush(nil)
        guard let capture = tmpfile() else { return try body() }
        defer { fclose(capture) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(fileno(capture), STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            return try body()
        }
        depth += 1
        defer {
            depth -= 1
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
            passOn(capture)
        }
        return try body()
    }

    /// Writes to the real stderr the captured lines that are not libxlsxwriter's.
    private static func passOn(_ capture: UnsafeMutablePointer<FILE>) {
        let descriptor = fileno(capture)
        let size = lseek(descriptor, 0, SEEK_END)
        guard size > 0 else { return }
        lseek(descriptor, 0, SEEK_SET)
        var bytes = [UInt8](repeating: 0, count: Int(min(size, 1 << 20)))
        let count = read(descriptor, &bytes, bytes.count)
        guard count > 0 else { return }
        let text = String(decoding: bytes[..<count], as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        dropped = Array((dropped + lines.filter { isLibraryLine($0) }.map(String.init)).suffix(64))
        let others = lines.filter { !isLibraryLine($0) }.joined(separator: "\n")
        guard !others.isEmpty else { return }
        FileHandle.standardError.write(Data(others.utf8))
    }

    /// `[ERROR]…`, `[WARNING]…` and libxlsxwriter's zip messages.
    static func isLibraryLine(_ line: Substring) -> Bool {
        line.hasPrefix("[ERROR]") || line.hasPrefix("[WARNING]") || line.hasPrefix("Zip error")
    }
}
