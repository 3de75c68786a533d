import Foundation
import Testing
import TestSupport

/// `lint --export 检查结果.xlsx`: the findings of every draft as one Excel list, written atomically and
/// never over a draft.
@Suite struct LintExportTests {
    static let draft = """
        青禾县人民政府关于2024年度履行教育职责情况的自查自评报告

        一、基本情况
        　　全县共有学校52所,在校学生ＸＸ人。
        二、存在问题
        　　学前教育资源仍然不足。
        三、下一步打算
        　　继续加大投入。
        """

    @Test func exportListsEveryFindingWithItsPlaceQuoteAndSuggestion() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("草稿.txt")
        try Self.draft.write(to: draft, atomically: true, encoding: .utf8)
        let export = directory.appendingPathComponent("检查结果.xlsx")
        let result = try CommandRunner.run(["lint", draft.path, "--export", export.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("已导出问题清单"))
        let parts = try PackageParts.read(export)
        let strings = parts["xl/sharedStrings.xml"] ?? ""
        for text in ["检查结果", "结论：有2处错误需修改", "中文中使用半角标点", "punctuation.half-width", "第4行第12字", "改为“，”", "ＸＸ"] {
            #expect(strings.contains(text), "\(text)")
        }
        #expect(parts["xl/worksheets/sheet1.xml"]?.contains("<autoFilter ref=\"A3:I6\"/>") == true)

        // An existing list is kept unless --force; a draft is never written over; an unknown format is refused.
        let again = try CommandRunner.run(["lint", draft.path, "--export", export.path])
        #expect(again.status == 2)
        // Said before the draft is linted: no findings printed for a run that cannot finish.
        #expect(again.stderr.contains("文件已存在"), "\(again.stderr)")
        #expect(again.stdout.isEmpty, "\(again.stdout)")
        let over = try CommandRunner.run(["lint", draft.path, "--export", draft.path, "--force"])
        #expect(over.status == 2)
        #expect(try String(contentsOf: draft, encoding: .utf8) == Self.draft)
        let unknown = try CommandRunner.run(["lint", draft.path, "--export", directory.appendingPathComponent("x.pdf").path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("不支持的问题清单格式"))
    }

    /// A list longer than the appendix's streaming threshold is written a row at a time (cells as
    /// inline strings, no shared-string table held whole), with every row, place and quote still there.
    @Test func aLongListIsStreamedWithEveryRow() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("草稿.txt")
        let marks = String(repeating: "文,", count: 12_001)
        try "青禾县人民政府履行教育职责自查自评报告\n\n一、基本情况\n\n\(marks)\n".write(to: draft, atomically: true, encoding: .utf8)
        let export = directory.appendingPathComponent("检查结果.xlsx")
        let result = try CommandRunner.run(["lint", draft.path, "--export", export.path, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let parts = try PackageParts.read(export)
        #expect(parts["xl/sharedStrings.xml"] == nil)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        // One row per finding under the three title and header rows, the last comma's place among them.
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let count = try #require(files.first?["diagnostics"] as? [Any]).count
        #expect(count > 12_001)
        #expect(sheet.contains("<autoFilter ref=\"A3:I\(3 + count)\"/>"))
        #expect(sheet.contains("<c r=\"A\(3 + count)\" s=\"4\"><v>\(count)</v></c>"))
        #expect(sheet.contains("<t>第5行第24002字</t>"))
    }
}
