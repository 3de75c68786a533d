import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import Testing
import TestSupport

/// A filled data form drafts the same report as the equivalent YAML: the fictional 澜禾区 (parts of
/// parts, last year's figures, numbers shown with trailing zeros, indicators with `其中` rows) and
/// the example 青溪区.
struct WorkbookRoundTripTests {
    @Test func aFilledWorkbookDraftsTheSameReportAsItsYAML() throws {
        let yaml = try FormWorkbook.lanhe()
        let workbook = try FormWorkbook.load(FormWorkbook.bytes(FormWorkbook.form(yaml)))
        let fromYAML = try FormWorkbook.markdown(yaml)
        #expect(fromYAML.contains("澜禾区"))
        #expect(fromYAML.contains("98760.50万元"))
        #expect(try FormWorkbook.markdown(workbook) == fromYAML)
        #expect(workbook.district == "澜禾区" && workbook.year == 2022)
        #expect(workbook.basics.map(\.name) == yaml.basics.map(\.name))
        #expect(workbook.basics[0].parts[1].parts.map(\.name) == ["公办初中", "民办初中"])
        #expect(workbook.points.map(\.pointID) == ["A1", "B1", "C3", "D2"])
        #expect(workbook.indicators.map { $0.parts.count } == [0, 2, 0, 0, 0])
        // The scheme's indicators the data lacks come as rows to fill, in the appendix's order.
        #expect(workbook.indicators.suffix(2).map(\.name) == ["高中阶段毛入学率", "公办园在园幼儿占比"])
    }

    @Test func theExampleDistrictRoundTripsToo() throws {
        let yaml = try DistrictDataTests.example()
        let workbook = try FormWorkbook.load(FormWorkbook.bytes(FormWorkbook.form(yaml)))
        #expect(try FormWorkbook.markdown(workbook) == FormWorkbook.markdown(yaml))
    }

    /// The 2022 scheme's 38 points (eight categories) and its example data, through a workbook.
    @Test func the2022SchemeRoundTripsToo() throws {
        let scheme = try SchemeTemplateTests.template(2022)
        let path = "Examples/青溪区/data-2022.yml"
        let yaml = try DistrictDataLoader.load(contentsOf: Repository.root.appendingPathComponent(path), displayPath: path)
        let bytes = try FormWorkbook.bytes(DataFormBuilder(scheme: scheme).form(filledWith: yaml))
        let workbook = try WorkbookDataLoader.load(data: bytes, scheme: scheme, path: FormWorkbook.path)
        #expect(workbook.points.count == 38)
        let drafter = try Drafter(scheme: scheme)
        #expect(try drafter.draft(workbook, path: "report") == drafter.draft(yaml, path: "report"))
    }

    /// Typed the way a clerk types: numbers as text with full-width digits, a date as an Excel
    /// serial, the year as `2022年`; the report is the same.
    @Test func cellsTypedByHandReadAsTheYAMLSays() throws {
        let yaml = try FormWorkbook.lanhe()
        var form = try FormWorkbook.form(yaml)
        let year = try FormWorkbook.row(form, sheet: "报告信息", first: "报告年度（必填，如 2022）")
        form.sheets[year.sheet].rows[year.row].cells[1] = .text("2022年")
        let date = try FormWorkbook.row(form, sheet: "报告信息", first: "成文日期")
        // 2023年9月26日 is day 45195 of Excel's 1900 date system.
        form.sheets[date.sheet].rows[date.row].cells[1] = .number(45195, fractionDigits: 0)
        let pupils = try FormWorkbook.row(form, sheet: "基本情况", first: "在校学生")
        form.sheets[pupils.sheet].rows[pupils.row].cells[2] = .text("４０２１５")
        let workbook = try FormWorkbook.load(FormWorkbook.bytes(form))
        #expect(workbook.date == "2023年9月26日")
        #expect(try FormWorkbook.markdown(workbook) == FormWorkbook.markdown(yaml))
    }

    /// The blank form: one row per point of the scheme with its keywords, the scheme's indicators
    /// to fill, and nothing else filled in.
    @Test func theBlankFormListsEveryPointAndIndicatorOfTheScheme() throws {
        let scheme = try SchemeTemplateTests.template(2023)
        let form = try FormWorkbook.form()
        #expect(form.sheets.map(\.name) == ["报告信息", "基本情况", "评价要点", "指标", "成效问题措施"])
        let points = try #require(form.sheets.first { $0.name == "评价要点" })
        #expect(points.rows.map { $0.cells.first } == scheme.allPoints.map { .text($0.point.id) })
        #expect(points.rows.first?.cells[3] == .text("教育工作领导小组、校长负责制、意识形态"))
        let indicators = try #require(form.sheets.first { $0.name == "指标" })
        #expect(indicators.rows.map { $0.cells[1] } == [
            .text("学前三年毛入园率"), .text("九年义务教育巩固率"), .text("高中阶段毛入学率"), .text("公办园在园幼儿占比"),
        ])
        // A blank form is not yet data: the district and year are required.
        #expect(try FormWorkbook.errors(FormWorkbook.bytes(form)) == [
            "填报表.xlsx: 工作表“报告信息”第2行B列：“区县名称”必须填写",
            "填报表.xlsx: 工作表“报告信息”第3行B列：“报告年度”必须填写",
        ])
    }

    /// What the writer puts in the file for the person filling it: bold locked headers with hints as
    /// comments, unlocked entry columns, validated numbers, a protected sheet that still takes new
    /// rows, A4 landscape with the header row on every page.
    @Test func theWorkbookIsReadyToPrintAndFill() throws {
        let parts = try PackageParts.read(FormWorkbook.bytes(FormWorkbook.form()))
        let workbook = try #require(parts["xl/workbook.xml"])
        for name in ["报告信息", "基本情况", "评价要点", "指标", "成效问题措施"] {
            #expect(workbook.contains("name=\"\(name)\""), "\(name)")
        }
        // Print titles: row 1 of each sheet repeats on every page.
        #expect(workbook.contains("_xlnm.Print_Titles"))
        #expect(workbook.contains("'评价要点'!$1:$1"))
        let points = try #require(parts["xl/worksheets/sheet3.xml"])
        #expect(points.contains("orientation=\"landscape\"") && points.contains("paperSize=\"9\""))
        #expect(points.contains("<sheetProtection") && points.contains("insertRows=\"0\""))
        #expect(points.contains("state=\"frozen\""))
        // 本年数 and 上年数 (H, I) take numbers only, with a Chinese message.
        #expect(points.contains("type=\"decimal\"") && points.contains("sqref=\"H2:H515\""))
        #expect(points.contains("“本年数”只能填写数字"))
        let indicators = try #require(parts["xl/worksheets/sheet4.xml"])
        #expect(indicators.contains("type=\"whole\"") && indicators.contains("<formula1>2000</formula1>"))
        // The header format is bold and locked; entry formats are unlocked.
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains("<b/>"))
        #expect(styles.contains("locked=\"0\""))
        let comments = parts.filter { $0.key.hasPrefix("xl/comments") }.values.joined()
        #expect(comments.contains("方案中这一要点的关键词"))
        #expect(comments.contains("数字，可带 &gt; ≥ &lt; ≤"))
    }
}
