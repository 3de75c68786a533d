import Foundation
import Testing
import TestSupport

/// `draft --previous 上年数据`: last year's YAML, filled workbook or Word report carried into this year's draft.
struct DraftPreviousCommandTests {
    static let current = """
        district: 甲区
        year: 2023
        recipients: 市教委
        issuer: 甲区人民政府
        date: 2024年3月1日
        basics:
          - name: 中小学在校学生
            unit: 人
            value: 41030
        points:
          A1: 区委常委会每季度研究教育工作。
        """
    static let previous = """
        district: 甲区
        year: 2022
        basics:
          - name: 中小学在校学生
            unit: 人
            value: 73418
        points:
          A1: 区委常委会每季度研究教育工作。
        """

    static func folder() throws -> URL {
        let temp = try CommandRunner.temporaryDirectory()
        try current.write(to: temp.appendingPathComponent("本年.yml"), atomically: true, encoding: .utf8)
        try previous.write(to: temp.appendingPathComponent("上年.yml"), atomically: true, encoding: .utf8)
        return temp
    }

    @Test(arguments: ["上年.yml", "上年.xlsx"])
    func lastYearFillsTheDraftAndTheChangesAreListed(previousFile: String) throws {
        let temp = try Self.folder()
        if previousFile.hasSuffix(".xlsx") {
            let form = try CommandRunner.run(
                ["draft", "--scheme", DraftCommandTests.template, "--form", "上年.xlsx", "--data", "上年.yml"], in: temp)
            #expect(form.status == 0, "\(form.stderr)")
        }
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "--previous", previousFile,
            "-o", "out", "--to", "markdown",
        ], in: temp)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("提示：以下1项的上年数取自 \(previousFile)：中小学在校学生"))
        #expect(result.stderr.contains("提示：以下1项数据与上年相比变化超过30%，请核对：\n  中小学在校学生：上年73418人，本年41030人，减少44.11%"))
        #expect(result.stderr.contains("提示：以下1个评价要点的文字与上年完全相同，评审时容易被认为照抄上年：\n  A1 健全党对教育工作领导的体制机制"))
        let markdown = try String(contentsOf: temp.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("中小学在校学生41030人，比上年的73418人减少32388人，下降44.11%"))
    }

    /// With `--summary`, the same findings are a sheet 与上年比较 of the workbook.
    @Test func theSummaryWorkbookListsTheFindingsInASheetOfTheirOwn() throws {
        let temp = try Self.folder()
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "--previous", "上年.yml",
            "-o", "out", "--to", "markdown", "--summary", "汇总.xlsx",
        ], in: temp)
        #expect(result.status == 0, "\(result.stderr)")
        let parts = try PackageParts.read(temp.appendingPathComponent("汇总.xlsx"))
        #expect(try #require(parts["xl/workbook.xml"]).contains("name=\"与上年比较\""))
        let strings = try #require(parts["xl/sharedStrings.xml"])
        for text in ["变化较大的数据", "中小学在校学生：上年73418人，本年41030人，减少44.11%", "文字与上年相同的要点",
                     "A1 健全党对教育工作领导的体制机制"] {
            #expect(strings.contains(">\(text)<"), "\(text)")
        }
    }

    @Test func aDamagedWordFileIsRefusedAndNothingIsWritten() throws {
        let temp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Data("PK".utf8).write(to: temp.appendingPathComponent("上年报告.docx"))
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "--previous", "上年报告.docx", "-o", "out",
        ], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.contains("上年报告.docx: 无法读取上年报告："), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.appendingPathComponent("out").path))
    }

    /// Last year's report without indicator values (its appendix still to fill) gives nothing to compare.
    @Test func aWordReportWithoutAUsableTableIsRefused() throws {
        let temp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let lastYear = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "上年.yml", "-o", "上年", "--to", "docx",
        ], in: temp)
        #expect(lastYear.status == 0, "\(lastYear.stderr)")
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "--previous", "上年/report.docx", "-o", "out",
        ], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.contains(
            "上年/report.docx: 上年报告中没有可用的指标表：附件中应有一张含“指标”“单位”和完成值列、且填了完成值的表格"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.appendingPathComponent("out").path))
    }

    static let previousWithIndicators = """
        district: 甲区
        year: 2022
        points:
          A1: 区委常委会每季度研究教育工作。
          A2:
            text: 落实教育督导问责制度。
            figures:
              - {name: 督导检查学校, value: 40, unit: 所}
        indicator_headers: {target: 2025年目标, actual: 2022年完成}
        indicators:
          - {category: 学前教育, name: 学前三年毛入园率, unit: "%", target: "≥92", actual: 93.4}
          - {category: 学前教育, name: 在园幼儿数, unit: 万人, target: 1.6, actual: 1.62}
        """
    static let currentWithIndicators = """
        district: 甲区
        year: 2023
        basics:
          - {name: 在园幼儿数, unit: 万人, value: 1.70}
        points:
          A1: 区委常委会每季度研究教育工作。
          A2: 修订教育督导问责办法，督导结果与干部考核挂钩。
        indicators:
          - {category: 学前教育, name: 学前三年毛入园率, unit: "%", target: "≥92", actual: 60.1}
        """

    /// Last year's report, drafted to Word by the project's own writer and read back with its Word
    /// reader, serves as last year's data: the appendix's values by name, the points' texts.
    @Test func lastYearsWordReportServesAsPreviousData() throws {
        let temp = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        try Self.previousWithIndicators.write(to: temp.appendingPathComponent("上年.yml"), atomically: true, encoding: .utf8)
        try Self.currentWithIndicators.write(to: temp.appendingPathComponent("本年.yml"), atomically: true, encoding: .utf8)
        let lastYear = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "上年.yml", "-o", "上年", "--to", "docx",
        ], in: temp)
        #expect(lastYear.status == 0, "\(lastYear.stderr)")
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "--previous", "上年/report.docx",
            "-o", "out", "--to", "markdown",
        ], in: temp)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("提示：以下1项的上年数取自 上年/report.docx：在园幼儿数"), "\(result.stderr)")
        #expect(result.stderr.contains("提示：以下1项数据与上年相比变化超过30%，请核对：\n  学前三年毛入园率：上年93.4%，本年60.1%，减少35.65%"))
        // A1 is last year's text word for word; A2 was rewritten (last year's also had a figures sentence).
        #expect(result.stderr.contains("提示：以下1个评价要点的文字与上年完全相同，评审时容易被认为照抄上年：\n  A1 健全党对教育工作领导的体制机制"))
        let markdown = try String(contentsOf: temp.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("在园幼儿数1.70万人，比上年的1.62万人增加0.08万人，增长4.94%"), "\(markdown)")
    }

    @Test func previousGoesWithOneDistrictOnly() throws {
        let temp = try Self.folder()
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "--data", "上年.yml",
            "--previous", "上年.yml", "-o", "out",
        ], in: temp)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--previous 只能配一份 --data（同一区县的本年数据）"))
    }
}

/// `--change-threshold`: how large a change from last year is listed (default 30 %).
struct ChangeThresholdCommandTests {
    static func draft(_ extra: [String], in temp: URL) throws -> CommandRunner.Result {
        try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", "本年.yml", "-o", "out", "--to", "markdown",
        ] + extra, in: temp)
    }

    /// The student count fell 44.11 %: listed above a 40 % threshold, not above 50 %.
    @Test func theThresholdDecidesWhatIsListed() throws {
        let temp = try DraftPreviousCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let forty = try Self.draft(["--previous", "上年.yml", "--change-threshold", "40%"], in: temp)
        #expect(forty.status == 0, "\(forty.stderr)")
        #expect(forty.stderr.contains("提示：以下1项数据与上年相比变化超过40%，请核对：\n  中小学在校学生：上年73418人，本年41030人，减少44.11%"))
        let fifty = try Self.draft(["--previous", "上年.yml", "--change-threshold", "５０％", "--force"], in: temp)
        #expect(fifty.status == 0, "\(fifty.stderr)")
        #expect(!fifty.stderr.contains("变化超过"), "\(fifty.stderr)")
        #expect(fifty.stderr.contains("提示：以下1项的上年数取自 上年.yml：中小学在校学生"))
    }

    @Test(arguments: ["abc", "0", "-5%", "2000%", "20%%", ".5"])
    func aBadThresholdIsRefusedInChineseAndNothingIsWritten(value: String) throws {
        let temp = try DraftPreviousCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: temp) }
        // `=` so that `-5%` is the option's value, not an option of its own.
        let result = try Self.draft(["--previous", "上年.yml", "--change-threshold=\(value)"], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--change-threshold 应为大于 0、不超过 1000 的百分数，如 20%，这里是“\(value)”"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.appendingPathComponent("out").path))
    }

    @Test func aThresholdWithoutPreviousIsRefused() throws {
        let temp = try DraftPreviousCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: temp) }
        let result = try Self.draft(["--change-threshold", "20%"], in: temp)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--change-threshold 须与 --previous 一起使用"))
    }
}
