import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The low-level steps of writing an output: copying bytes into an open file, flushing a file to the
/// disk, and giving a replacement the owner and mode of the file it replaces. Failures carry `errno`.
enum FileCopy {
    struct Failure: Error {
        var code: Int32
        var reason: String { OutputTarget.reason(code) }
    }

    /// Copies the file at `source` into the open descriptor `destination`, in 1 MB chunks.
    static func copy(from source: String, to destination: Int32) throws(Failure) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure(code: errno) }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = read(input, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            if count == 0 { return }
            var written = 0
            while written < count {
                let step = buffer[written..<count].withUnsafeBytes { write(destination, $0.baseAddress, $0.count) }
                if step < 0 {
                    if errno == EINTR { continue }
                    throw Failure(code: errno)
                }
                written += step
            }
        }
    }

    /// Opens an existing file that is not replaced (a device, a FIFO, stdout) and copies `source` into it.
    static func writeThrough(_ source: String, into path: String) throws(Failure) {
        let output = open(path, O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC)
        guard output >= 0 else { throw Failure(code: errno) }
        do {
            try copy(from: source, to: output)
        } catch {
            close(output)
            throw error
        }
        guard close(output) == 0 || errno == EINTR else { throw Failure(code: errno) }
    }

    /// Copies `source` to a new file `destination` (which must not exist) and flushes it to the disk.
    static func duplicate(_ source: String, to destination: String) throws(Failure) {
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw Failure(code: errno) }
        defer { close(output) }
        try copy(from: source, to: output)
        guard fsync(output) == 0 else { throw Failure(code: errno) }
    }

    /// Flushes a written file to the disk, so that the rename that follows never exposes an empty file
    /// after a power cut.
    static func flush(_ path: String) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Failure(code: errno) }
    }

    /// Gives `path` the mode, and the owner and group, of `original`. Setting the owner of a file one does
    /// not own needs root: when `requireOwner` is set, a replacement that would change owner fails.
    static func copyOwnership(of original: String, to path: String, requireOwner: Bool) throws(Failure) {
        var status = stat()
        guard stat(original, &status) == 0 else { throw Failure(code: errno) }
        guard chmod(path, status.st_mode & 0o7777) == 0 else { throw Failure(code: errno) }
        var current = stat()
        guard stat(path, &current) == 0 else { throw Failure(code: errno) }
        if current.st_uid != status.st_uid || current.st_gid != status.st_gid {
            if chown(path, status.st_uid, status.st_gid) != 0 && requireOwner { throw Failure(code: errno) }
            // chown may clear set-user-id bits: set the mode again.
            _ = chmod(path, status.st_mode & 0o7777)
        }
    }
}
