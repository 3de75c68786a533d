import Foundation

/// The texts benchmarks measure: the seeds in ../shared/seeds beside the repository, and large
/// reports made by repeating seed 001's sections.
public enum BenchmarkInputs {
    /// `Benchmarks/` → the repository → its parent, where `shared/seeds` lives.
    public static let seedsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The seed whose name starts with `prefix`; stops the benchmark with a clear message if absent.
    public static func seed(_ prefix: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
              let text = try? String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8)
        else {
            fatalError("找不到样本 \(prefix)：基准测试需要仓库旁边的 ../shared/seeds")
        }
        return text
    }

    /// A report of about `bytes` bytes: seed 001's title and preamble once, then its findings part
    /// repeated with continuing part numbers, so that the outline stays valid.
    public static func largeReport(bytes: Int) -> String {
        let seed = seed("001")
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("一、") }) else { return seed }
        let head = lines[..<start].joined(separator: "\n")
        let body = lines[(start + 1)...].joined(separator: "\n")
        var result = head + "\n"
        var part = 1
        while result.utf8.count < bytes {
            result += "\n\(part)、第\(part)部分\n" + body + "\n"
            part += 1
        }
        return result
    }

    /// A corpus of about `bytes` bytes made by concatenating all seeds, for throughput.
    public static func corpus(bytes: Int) -> String {
        let all = ["000", "001", "002", "003", "004"].map(seed).joined(separator: "\n")
        var result = ""
        while result.utf8.count < bytes { result += all + "\n" }
        return result
    }
}
