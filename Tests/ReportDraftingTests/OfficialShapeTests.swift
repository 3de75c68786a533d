import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import Testing
import TestSupport

/// The official shape: 文种 (函 or 报告) and the title from the data, the opening citing the scheme's
/// issuer and 文号, and placeholders for 主送机关, 落款 and 成文日期 the data lacks.
struct OfficialShapeTests {
    static let thin = "district: 甲区\nyear: 2022\n"

    static func draft(_ yaml: String, scheme year: Int = 2023) throws -> Report {
        try Drafter(scheme: SchemeTemplateTests.template(year)).draft(DistrictDataLoader.load(text: yaml, path: "data.yml"))
    }

    static func opening(_ report: Report) -> String? {
        report.preamble.first?.textSpans.first?.text
    }

    @Test func aLetterIsTitledAsALetterAndSaysSoInItsOpening() throws {
        let report = try Self.draft(Self.thin + "kind: 函\nissuer: 重庆市甲区人民政府办公室\n")
        #expect(report.metadata.title?.text == "重庆市甲区人民政府办公室关于2022年履行教育职责自查自评报告的函")
        #expect(Self.opening(report) == "按照重庆市教育委员会、重庆市人民政府教育督导室印发的《2023年对区县人民政府履行教育职责评价方案》（渝教函〔2023〕464号）要求，甲区对照各项评价要点，逐项梳理2022年以来履行教育职责的情况，现将自查自评情况函告如下。")
    }

    @Test func aReportByDefaultAndTheDataMaySetTheTitle() throws {
        let report = try Self.draft(Self.thin)
        #expect(report.metadata.title?.text == "甲区人民政府2022年履行教育职责自查自评报告")
        #expect(Self.opening(report)?.hasSuffix("现将自查自评情况报告如下。") == true)
        let titled = try Self.draft(Self.thin + "title: 甲区人民政府关于2022年度履行教育职责情况的自查报告\n")
        #expect(titled.metadata.title?.text == "甲区人民政府关于2022年度履行教育职责情况的自查报告")
    }

    @Test func missingRecipientsIssuerAndDateArePlaceholders() throws {
        let report = try Self.draft(Self.thin)
        #expect(report.metadata.recipients?.text == "【待填写：主送机关】")
        #expect(report.metadata.issuer?.text == "【待填写：落款单位】")
        #expect(report.metadata.date?.text == "【待填写：成文日期】")
        let filled = try Self.draft(Self.thin + "recipients: 市教委\nissuer: 甲区人民政府\ndate: 2023年10月8日\n")
        #expect(filled.metadata.recipients?.text == "市教委")
        #expect(filled.metadata.issuer?.text == "甲区人民政府")
        #expect(filled.metadata.date?.text == "2023年10月8日")
    }

    /// The 2022 template knows its scheme's issuer but not its 文号: the opening leaves a placeholder.
    @Test func aSchemeWithoutItsDocumentNumberLeavesAPlaceholderInTheOpening() throws {
        let opening = try #require(Self.opening(try Self.draft(Self.thin, scheme: 2022)))
        #expect(opening.hasPrefix("按照重庆市教育委员会、重庆市人民政府教育督导室印发的《2022年对区县人民政府履行教育职责评价方案》（【待填写：评价方案文号】）要求"))
    }

    @Test func anUnknownKindIsNamedAtItsLine() {
        let error = DistrictDataTests.loadError(Self.thin + "kind: 通知\n")
        #expect(error?.description == "data.yml:3:7: 文种“通知”无法识别：kind 只能是“函”或“报告”")
    }

    @Test func theWorkbookCarriesKindAndTitleAndNamesABadKindAtItsCell() throws {
        var data = try FormWorkbook.lanhe()
        data.kind = .letter
        data.title = "澜禾区人民政府办公室关于2022年履行教育职责自查自评报告的函"
        let read = try FormWorkbook.load(FormWorkbook.bytes(FormWorkbook.form(data)))
        #expect(read.kind == .letter)
        #expect(read.title == data.title)
        #expect(try WorkbookDataErrorTests.errors {
            try WorkbookDataErrorTests.set(&$0, sheet: "报告信息", first: "文种（函或报告，不填为报告）", column: 1, to: .text("请示"))
        } == ["填报表.xlsx: 工作表“报告信息”第5行B列：文种“请示”无法识别：只能填“函”或“报告”"])
    }
}
