import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden temporary files and folders ReportKit writes beside its outputs, named so that they can
/// be recognised and cleaned up after a run that was killed: `.<name>.reportkit-<pid>-<random>.tmp`.
///
/// A run that is killed (`kill -9`, a power cut) cannot remove its temporary file; the next run that
/// writes into the same folder removes every such file whose process no longer exists.
public enum TemporaryFiles {
    static let marker = ".reportkit-"

    /// A fresh temporary path for `name` in `folder`, carrying this process's id.
    public static func path(for name: String, in folder: URL) -> URL {
        let random = UInt32.random(in: 0...UInt32.max)
        let unique = String(random, radix: 16)
        return folder.appendingPathComponent(".\(name)\(marker)\(getpid())-\(unique).tmp")
    }

    /// Removes, in `folder`, the temporary files and folders left by ReportKit runs that have ended.
    /// Never fails: cleaning is a courtesy, not part of the output.
    public static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let pid = ownerProcess(of: name), !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// The process id in a name made by `path(for:in:)`, or nil for any other name.
    static func ownerProcess(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let markerRange = name.range(of: marker, options: .backwards)
        else { return nil }
        let tail = name[markerRange.upperBound...].dropLast(4)
        let parts = tail.split(separator: "-")
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1], radix: 16) != nil else {
            return nil
        }
        return pid
    }

    static func isRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
}
