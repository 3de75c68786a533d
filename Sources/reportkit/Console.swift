import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where commands print: results on stdout, `reportkit: …` messages on stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a chunk of output that is already UTF-8 (a large JSON report) without making a String
    /// of it.
    static func out(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        FileHandle.standardOutput.write(Data(buffer: bytes))
    }

    /// Prints `reportkit: <message>` on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("reportkit: \(message)\n".utf8))
    }

    /// A note for the person at the terminal that is not part of the output (stderr).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Whether stdout is a terminal and colour is allowed (`NO_COLOR` unset).
    static var stdoutIsColorTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
