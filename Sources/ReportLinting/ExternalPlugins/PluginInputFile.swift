import Foundation
import ReportModel
import ReportQuantities
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The report's JSON (`QuantityJSON`, what `parse --format json` prints, without its indentation) in a temporary file that
/// plugins get as their stdin: it is written in chunks as it is encoded, so that a long report's JSON
/// (several times the draft's size) is never held in memory, and every plugin reads the same file.
struct PluginInputFile: ~Copyable {
    struct WriteError: Error {}

    let path: String

    init(report: Report) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("reportkit-plugin-input-\(UUID().uuidString).json").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError() }
        var failed = false
        do {
            // Without indentation: a program reads it, and a long table's JSON is a third the size.
            try QuantityJSON.write(report, layout: .compact) { chunk in
                var offset = 0
                while !failed, offset < chunk.count {
                    let count = write(descriptor, chunk.baseAddress.unsafelyUnwrapped + offset, chunk.count - offset)
                    if count > 0 { offset += count } else if count < 0 && errno != EINTR { failed = true }
                }
            }
        } catch {
            failed = true
        }
        if close(descriptor) != 0 { failed = true }
        if failed {
            unlink(path)
            throw WriteError()
        }
    }

    deinit { unlink(path) }
}
