import Foundation
import Testing
import TestSupport

/// `reportkit lint` without `--scheme`, in a folder with `Templates/`: the template whose title the
/// draft cites is used; a draft citing no known scheme is not checked against one.
@Suite struct SchemeDetectionTests {
    static let draft = """
        青禾县人民政府关于2023年度履行教育职责情况的自查自评报告

        按照《2023年对区县人民政府履行教育职责评价方案》（渝教函〔2023〕46号）的要求，我县开展了自查。
        一、自查情况
        　　县委常委会每季度专题研究教育工作。
        二、存在问题
        　　学前教育资源仍然不足。
        三、下一步打算
        　　继续加大投入。
        """

    /// A folder holding the draft, with the repository's templates under `Templates/` or not.
    static func folder(withTemplates: Bool, text: String = draft) throws -> (folder: URL, draft: URL) {
        let folder = try CommandRunner.temporaryDirectory()
        if withTemplates {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Templates"),
                                             to: folder.appendingPathComponent("Templates"))
        }
        let draft = folder.appendingPathComponent("草稿.txt")
        try text.write(to: draft, atomically: true, encoding: .utf8)
        return (folder, draft)
    }

    static func rules(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line in
            guard let open = line.range(of: " ["), let close = line[open.upperBound...].firstIndex(of: "]") else { return nil }
            return String(line[open.upperBound..<close])
        }
    }

    @Test func theCitedSchemeIsFoundAmongTheTemplates() throws {
        let (folder, _) = try Self.folder(withTemplates: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["lint", "草稿.txt", "--no-color"], in: folder)
        let rules = Self.rules(result.stdout)
        #expect(rules.contains("scheme.point-missing"), "\(result.stdout)")
        // The wrong document number of the cited scheme: 46号 for 464号.
        #expect(rules.contains("scheme.citation"), "\(result.stdout)")
        #expect(result.stdout.contains("渝教函〔2023〕464号"))

    }

    @Test func withoutTemplatesOrACitationNothingIsCheckedAgainstAScheme() throws {
        let (bare, _) = try Self.folder(withTemplates: false)
        defer { try? FileManager.default.removeItem(at: bare) }
        let plain = try CommandRunner.run(["lint", "草稿.txt", "--no-color"], in: bare)
        #expect(!Self.rules(plain.stdout).contains { $0.hasPrefix("scheme.") }, "\(plain.stdout)")

        let uncited = Self.draft.replacingOccurrences(of: "《2023年对区县人民政府履行教育职责评价方案》（渝教函〔2023〕46号）", with: "市里的方案")
        let (folder, _) = try Self.folder(withTemplates: true, text: uncited)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["lint", "草稿.txt", "--no-color"], in: folder)
        #expect(!Self.rules(result.stdout).contains { $0.hasPrefix("scheme.") }, "\(result.stdout)")
    }
}
