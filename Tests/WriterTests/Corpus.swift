import Foundation
import ReportModel
import ReportReading
import TestSupport

/// The inputs the writer tests run on: the fixtures written for these tests and the seeds.
enum Corpus {
    /// Invented drafts in `Fixtures/`: a complete report (text) and a smaller one with deeper levels (Markdown).
    static let fixtures = ["complete-report.txt", "nested-measures.md"]
    static let seeds = ["000", "001", "002", "003", "004"]

    /// Set `REPORTKIT_UPDATE_GOLDEN=1` to rewrite the golden files from the current writers.
    static var updatingGolden: Bool { ProcessInfo.processInfo.environment["REPORTKIT_UPDATE_GOLDEN"] == "1" }

    /// The fixtures folder in the source tree, where golden files are regenerated.
    static let sourceFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func fixtureURL(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CorpusError("找不到测试样例 Fixtures/\(name)")
        }
        return url
    }

    static func goldenURL(fixture: String, fileExtension: String, inSource: Bool = false) throws -> URL {
        let name = (fixture as NSString).deletingPathExtension + "." + fileExtension
        if inSource { return sourceFixtures.appendingPathComponent("golden").appendingPathComponent(name) }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/golden") else {
            throw CorpusError("找不到金标文件 Fixtures/golden/\(name)；用 REPORTKIT_UPDATE_GOLDEN=1 生成")
        }
        return url
    }

    static func readFixture(_ name: String) throws -> Report {
        try ReportReader.read(contentsOf: fixtureURL(name), displayPath: name).report
    }

    // MARK: Seeds

    /// The seeds folder: `TestSupport.Seeds` beside the repository, or `REPORTKIT_SEEDS` when the
    /// repository is a worktree that has no `../shared/seeds` beside it.
    static var seedDirectory: URL? {
        if Seeds.available { return Seeds.directory }
        if let path = ProcessInfo.processInfo.environment["REPORTKIT_SEEDS"],
           FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("README.md")) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }

    static var seedsAvailable: Bool { seedDirectory != nil }

    static func seedURL(_ prefix: String) throws -> URL {
        guard let directory = seedDirectory else { throw CorpusError("找不到种子文件夹") }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CorpusError("找不到种子 \(prefix)")
        }
        return directory.appendingPathComponent(name)
    }

    static func readSeed(_ prefix: String) throws -> Report {
        try ReportReader.read(contentsOf: seedURL(prefix), displayPath: prefix + ".txt").report
    }
}

struct CorpusError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
