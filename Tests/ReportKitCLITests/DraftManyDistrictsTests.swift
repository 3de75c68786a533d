import Foundation
import Testing
import TestSupport

/// `reportkit draft` with several `--data` (or a folder): one folder per district, every district's
/// mistakes at once and nothing written, and the `--summary` workbook.
struct DraftManyDistrictsTests {
    static let lanhe = Repository.root.appendingPathComponent("Tests/ReportDraftingTests/Fixtures/lanhe.yml").path

    @Test func eachDistrictGetsItsOwnFolderAndTheSummaryCoversThemAll() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "--data", Self.lanhe,
             "-o", "草稿", "--to", "markdown", "--summary", "汇总.xlsx"], in: temp)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(DraftCommandTests.contents(temp.appendingPathComponent("草稿")) == ["澜禾区", "青溪区"])
        let qingxi = try String(contentsOf: temp.appendingPathComponent("草稿/青溪区/report.md"), encoding: .utf8)
        let golden = try String(
            contentsOf: Repository.root.appendingPathComponent("Examples/青溪区/report.md"), encoding: .utf8)
        #expect(qingxi == golden)
        let lanhe = try String(contentsOf: temp.appendingPathComponent("草稿/澜禾区/report.md"), encoding: .utf8)
        #expect(lanhe.contains("澜禾区人民政府2022年履行教育职责自查自评报告"))
        #expect(result.stdout.hasSuffix("已生成 汇总.xlsx（汇总表：2 个区县）\n"))
        let parts = try PackageParts.read(temp.appendingPathComponent("汇总.xlsx"))
        let strings = try #require(parts["xl/sharedStrings.xml"])
        for text in ["澜禾区", "青溪区", "未填写", "已完成", "其中：民办园"] {
            #expect(strings.contains(">\(text)<"), "\(text)")
        }
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("name=\"要点填写情况\"") && workbook.contains("name=\"指标完成情况\""))
    }

    @Test func aFolderOfDataFilesIsDraftedWhole() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let folder = temp.appendingPathComponent("数据")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: Self.lanhe, toPath: folder.appendingPathComponent("lanhe.yml").path)
        try Data("不是数据".utf8).write(to: folder.appendingPathComponent("说明.txt"))
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "数据", "-o", "草稿", "--to", "markdown"], in: temp)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(DraftCommandTests.contents(temp.appendingPathComponent("草稿")) == ["澜禾区"])
    }

    /// Two bad files: both are named, nothing is written (before, a repeated --data drafted only the last).
    @Test func everyDistrictsMistakesAtOnceAndNothingWritten() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data("district: 甲区\nyear: 二〇二二\n".utf8).write(to: temp.appendingPathComponent("a.yml"))
        try Data("district: 乙区\nyear: 2022\npoints:\n  Z9: 文字\n".utf8).write(to: temp.appendingPathComponent("b.yml"))
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", "a.yml", "--data", "b.yml", "-o", "草稿",
             "--summary", "汇总.xlsx"], in: temp)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "reportkit: a.yml:2:7: “year”应为整数，这里是“二〇二二”")
        #expect(lines.last?.hasPrefix("reportkit: b.yml:4:3: 评价方案") == true)
        #expect(DraftCommandTests.contents(temp) == ["a.yml", "b.yml"])
    }

    /// The XLSX writer failing on the second district: no folder appears, not even the first
    /// district's; an existing folder keeps what it had.
    @Test func aWriterFailingOnALaterDistrictLeavesNothing() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data(DraftOutputSafetyTests.dataFailingInXLSX.utf8).write(to: temp.appendingPathComponent("z.yml"))
        let arguments = ["draft", "--scheme", DraftCommandTests.template, "--data", Self.lanhe, "--data", "z.yml"]
        let fresh = try CommandRunner.run(arguments + ["-o", "草稿"], in: temp)
        #expect(fresh.status == 2, "\(fresh.stderr)")
        #expect(fresh.stderr.contains("32767"), "\(fresh.stderr)")
        #expect(fresh.stdout.isEmpty)
        #expect(DraftCommandTests.contents(temp) == ["z.yml"])
    }

    @Test func oneDistrictTwiceIsRefused() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let result = try CommandRunner.run(
            ["draft", "--scheme", DraftCommandTests.template, "--data", Self.lanhe, "--data", Self.lanhe, "-o", "草稿"],
            in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.contains("区县“澜禾区”在“\(Self.lanhe)”中已有一份数据；每个区县只能给一份"), "\(result.stderr)")
        #expect(DraftCommandTests.contents(temp).isEmpty)
    }
}
