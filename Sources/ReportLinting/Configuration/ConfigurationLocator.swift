import Foundation

/// Finds the `.reportkit.yml` that applies to a draft: the nearest one in the draft's folder or a
/// parent folder. Lookups are cached by folder, so linting many files in one folder stats it once.
public final class ConfigurationLocator {
    public static let fileName = ".reportkit.yml"

    private var cache: [String: URL?] = [:]
    private let fileManager = FileManager.default

    public init() {}

    /// The configuration file for the draft at `file`, or nil when no folder up to the root has one.
    public func configuration(for file: URL) -> URL? {
        nearest(from: file.standardizedFileURL.deletingLastPathComponent())
    }

    private func nearest(from folder: URL) -> URL? {
        let key = folder.path
        if let cached = cache[key] { return cached }
        let candidate = folder.appendingPathComponent(Self.fileName)
        let found: URL?
        if fileManager.fileExists(atPath: candidate.path) {
            found = candidate
        } else {
            let parent = folder.deletingLastPathComponent()
            found = parent.path == folder.path || key == "/" || key.isEmpty ? nil : nearest(from: parent)
        }
        cache[key] = found
        return found
    }
}
