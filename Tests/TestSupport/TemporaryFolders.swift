import Foundation
import Synchronization

/// The folders tests make under the system's temporary folder, removed when the test process ends
/// (a test that fails half-way leaves nothing behind either). Swift Testing has no hook after the
/// last test; `atexit` runs when `swift test`'s process exits normally.
enum TemporaryFolders {
    private static let made = Mutex<[URL]>([])

    private static let removalAtExit: Void = {
        atexit {
            let folders = TemporaryFolders.made.withLock { $0 }
            for folder in folders { try? FileManager.default.removeItem(at: folder) }
        }
    }()

    /// Makes a new folder whose name starts with `prefix`, to be removed at exit.
    static func make(prefix: String) throws -> URL {
        _ = removalAtExit
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        made.withLock { $0.append(url) }
        return url
    }
}
