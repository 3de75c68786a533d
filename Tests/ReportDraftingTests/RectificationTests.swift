import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import Testing
import TestSupport

/// A template's `rectification` part (上一轮反馈问题整改情况) is written from the data's `rectification`
/// items, from YAML and from the filled Excel form alike; without them it keeps a placeholder.
struct RectificationTests {
    static let heading = "上一轮反馈问题整改情况"

    /// The 2023 template with a rectification part after 整改措施.
    static func templateText() throws -> String {
        let text = try String(
            contentsOf: Repository.root.appendingPathComponent("Templates/chongqing/2023.yml"), encoding: .utf8)
        let anchor = "  - role: nextSteps\n    heading: 整改措施\n"
        #expect(text.contains(anchor))
        return text.replacingOccurrences(
            of: anchor, with: anchor + "  - role: rectification\n    heading: \(heading)\n")
    }

    static func scheme() throws -> EvaluationScheme {
        try SchemeTemplateLoader.load(text: templateText(), path: "整改模板.yml")
    }

    static let data = """
        district: 甲区
        year: 2022
        rectification:
          - title: 关于学前教育公办率偏低的问题
            text: |
              新建公办幼儿园3所，公办园在园幼儿占比提高到52.7%。
              完成小区配套园移交5所。
          - {title: 关于教师编制不足的问题, text: 用好编制周转池，补充教师120名。}

        """

    @Test func theTemplateDeclaresItAndTheDrafterWritesTheItems() throws {
        let scheme = try Self.scheme()
        #expect(scheme.requiredParts.map(\.role).contains(.rectification))
        let data = try DistrictDataLoader.load(text: Self.data, path: "data.yml")
        #expect(data.rectification.map(\.title) == ["关于学前教育公办率偏低的问题", "关于教师编制不足的问题"])
        let report = try Drafter(scheme: scheme).draft(data)
        let section = try #require(report.sections.first { $0.role == .rectification })
        #expect(section.title == Self.heading)
        #expect(section.children.map(\.title) == ["关于学前教育公办率偏低的问题", "关于教师编制不足的问题"])
        #expect(section.children[0].allBlocks.count == 2)
        #expect(!section.allBlocks.contains { $0.textSpans.contains { $0.text.contains("待填写") } })
        // The part sits where the template puts it: after 整改措施.
        let roles = report.sections.map(\.role)
        #expect(roles.firstIndex(of: .rectification) == roles.firstIndex(of: .nextSteps).map { $0 + 1 })
    }

    @Test func withoutItemsThePartKeepsAPlaceholder() throws {
        let data = try DistrictDataLoader.load(text: "district: 甲区\nyear: 2022\n", path: "data.yml")
        let report = try Drafter(scheme: Self.scheme()).draft(data)
        let section = try #require(report.sections.first { $0.role == .rectification })
        #expect(section.allBlocks.flatMap(\.textSpans).map(\.text) == ["【待填写：\(Self.heading)】"])
    }

    @Test func anItemWithoutATitleIsNamedAtItsLine() throws {
        let text = "district: 甲区\nyear: 2022\nrectification:\n  - {text: 没有标题}\n"
        let error = try #require(throws: DraftingError.self) { try DistrictDataLoader.load(text: text, path: "data.yml") }
        #expect(error.line == 4)
        #expect(error.detail == "“rectification”缺少“title”")
    }

    /// Through the Excel form: rows whose 部分 is 反馈问题整改 come back as the same items.
    @Test func theFilledFormCarriesTheItems() throws {
        let scheme = try Self.scheme()
        var yaml = try FormWorkbook.lanhe()
        yaml.rectification = try DistrictDataLoader.load(text: Self.data, path: "data.yml").rectification
        let form = DataFormBuilder(scheme: scheme).form(filledWith: yaml)
        let sheet = try #require(form.sheets.first { $0.name == "成效问题措施" })
        #expect(sheet.rows.filter { $0.cells.first == .text("反馈问题整改") }.count == 2)
        let workbook = try WorkbookDataLoader.load(data: FormWorkbook.bytes(form), scheme: scheme, path: FormWorkbook.path)
        #expect(workbook.rectification == yaml.rectification)
        let drafter = try Drafter(scheme: scheme)
        #expect(try drafter.draft(workbook, path: "report") == drafter.draft(yaml, path: "report"))
    }
}
