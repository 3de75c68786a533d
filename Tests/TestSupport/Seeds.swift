import Foundation
import Testing

/// The real government texts in `../shared/seeds`, beside the repository. Tests that need them are
/// marked `.enabled(if: Seeds.available, Seeds.skipMessage)` so that a fresh clone still passes.
public enum Seeds {
    public static let directory: URL = {
        // `../shared/seeds` beside the main checkout; helpers' worktrees sit one folder deeper.
        let parent = Repository.root.deletingLastPathComponent()
        let candidates = [parent, parent.deletingLastPathComponent()].map { $0.appendingPathComponent("shared/seeds") }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
            ?? candidates[0]
    }()

    public static var available: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("README.md").path)
    }

    public static let skipMessage: Comment = "跳过：找不到 ../shared/seeds（真实公文样本），新克隆的仓库中没有它属正常"

    /// The seed whose file name starts with `prefix` (`"001"`).
    public static func url(_ prefix: String) -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            return directory.appendingPathComponent(prefix)
        }
        return directory.appendingPathComponent(name)
    }

    public static func text(_ prefix: String) throws -> String {
        try String(contentsOf: url(prefix), encoding: .utf8)
    }
}

/// Paths inside the repository.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

