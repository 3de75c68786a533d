import Foundation
import ReportDrafting
import ReportModel
import ReportScheme
import Testing
import TestSupport

/// Drafting the example, placeholders for unanswered points, and data errors naming file and line.
struct DrafterTests {
    static func draftExample() throws -> Report {
        try Drafter(scheme: SchemeTemplateTests.template(2023)).draft(DistrictDataTests.example())
    }

    static func draftError(_ data: String, year: Int = 2023) throws -> DraftingError? {
        let scheme = try SchemeTemplateTests.template(year)
        do {
            _ = try Drafter(scheme: scheme).draft(DistrictDataLoader.load(text: data, path: "data.yml"))
            return nil
        } catch {
            return error
        }
    }

    /// The whole drafted structure (headings, paragraphs, table, positions) against a golden outline.
    @Test func theExampleDraftMatchesItsGoldenOutline() throws {
        let outline = OutlineDump.outline(try Self.draftExample())
        let url = try #require(Bundle.module.url(forResource: "Fixtures/qingxi-2023.outline", withExtension: nil))
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(outline == golden)
        if outline != golden {
            try outline.write(to: FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-2023.outline"),
                              atomically: true, encoding: .utf8)
        }
    }

    @Test func everyCategoryAndPointIsANumberedSectionInSchemeOrder() throws {
        let scheme = try SchemeTemplateTests.template(2023)
        let report = try Self.draftExample()
        #expect(report.sections.map(\.role) == [.basicInfo, .selfCheckWork, .findings, .achievements, .problems, .nextSteps, .appendix])
        #expect(report.sections.map { $0.marker?.raw ?? "" } == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"])
        let findings = try #require(report.parts(withRole: .findings).first)
        #expect(findings.children.map(\.title) == scheme.categories.map(\.title))
        #expect(findings.children.map { $0.marker?.raw ?? "" } == ["（一）", "（二）", "（三）", "（四）"])
        for (group, category) in zip(findings.children, scheme.categories) {
            #expect(group.children.map(\.title) == category.points.map(\.title))
            #expect(group.children.map { $0.marker?.ordinal ?? 0 } == Array(1...category.points.count))
            #expect(group.children.allSatisfy { $0.marker?.style == .arabicDot && $0.level == 3 })
        }
        #expect(report.metadata.title?.text == "青溪区人民政府2022年履行教育职责自查自评报告")
        #expect(report.metadata.district == "青溪区" && report.metadata.year == 2022)
        #expect(!report.allBlocks.contains { $0.textSpans.contains { $0.text.contains("【待填写") } })
    }

    @Test func derivedFiguresAreComputed() throws {
        let report = try Self.draftExample()
        let basics = try #require(report.parts(withRole: .basicInfo).first?.blocks.first?.textSpans.first?.text)
        #expect(basics.contains("共有各级各类学校167所，其中公办学校126所、民办学校41所"))
        #expect(basics.contains("在职教职工6542人"))
        #expect(basics.contains("教育经费总投入186420万元，比上年的179350万元增加7070万元，增长3.94%"))
        let table = try #require(report.indicatorTables.first)
        let pupils = try #require(table.indicators.firstIndex { $0.name == "在校学生数" })
        #expect(table.indicators[pupils].actual?.value == Decimal(string: "5.27"))
        #expect(table.indicators[pupils].target?.value == Decimal(string: "5.2"))
        #expect(table.parts(of: pupils).map(\.name) == ["普通小学", "普通初中"])
        #expect(table.indicators.allSatisfy { !$0.missesTarget })
        guard case .table(let block) = report.parts(withRole: .appendix).first?.blocks.first else {
            Issue.record("the appendix has no table")
            return
        }
        #expect(block.indicatorTableIndex == 0)
        #expect(block.rows.first?.map(\.text) == ["分类", "指标", "单位", "2025年目标", "2022年完成", "完成情况"])
        #expect(block.rows.dropFirst().allSatisfy { $0.last?.text == "已完成" })
        #expect(block.rows.contains { $0[1].text == "其中：普通小学" })
    }

    @Test func unansweredPointsGetAPlaceholderWithTheirTitle() throws {
        let scheme = try SchemeTemplateTests.template(2022)
        let report = try Drafter(scheme: scheme).draft(
            DistrictDataLoader.load(text: "district: 甲区\nyear: 2022\npoints:\n  B2: 经费逐年增长。\n", path: "d.yml"))
        let findings = try #require(report.parts(withRole: .findings).first)
        let points = findings.children.flatMap(\.children)
        #expect(points.count == 38)
        for (section, entry) in zip(points, scheme.allPoints) {
            let text = section.blocks.first?.textSpans.first?.text
            #expect(text == (entry.point.id == "B2" ? "经费逐年增长。" : "【待填写：\(entry.point.title)】"))
        }
        let problems = try #require(report.parts(withRole: .problems).first)
        #expect(problems.blocks.first?.textSpans.first?.text == "【待填写：存在的主要问题】")
        #expect(report.parts(withRole: .basicInfo).first?.blocks.first?.textSpans.first?.text == "【待填写：基本情况】")
        // Indicators the scheme asks for become rows waiting for their figures.
        #expect(report.indicatorTables.first?.indicators.map(\.actualText).contains("【待填写：教育经费总投入】") == true)
    }

    @Test func aPointTheSchemeLacksIsAnErrorAtItsLineInTheData() throws {
        let error = try #require(try Self.draftError("district: 甲区\nyear: 2022\npoints:\n  A1: 有。\n  Z9: 无此要点。\n"))
        #expect(error.description.hasPrefix("data.yml:5:3: "))
        #expect(error.detail.contains("没有编号为“Z9”的评价要点"))
    }

    @Test func theExampleDataAgainstThe2022SchemeNamesTheFirstUnknownPoint() throws {
        let scheme = try SchemeTemplateTests.template(2022)
        let data = try DistrictDataTests.example()
        #expect(throws: DraftingError.self) { try Drafter(scheme: scheme).draft(data) }
        do {
            _ = try Drafter(scheme: scheme).draft(data)
        } catch {
            #expect(error.path == DistrictDataTests.examplePath)
            #expect(error.detail.contains("“C5”"))
            let lines = try String(contentsOf: Repository.root.appendingPathComponent(DistrictDataTests.examplePath), encoding: .utf8)
                .components(separatedBy: "\n")
            #expect(error.line.map { lines[$0 - 1].hasPrefix("  C5:") } == true)
        }
    }

    @Test func partsLargerThanTheirTotalAreAnErrorAtTheTotal() throws {
        let data = """
            district: 甲区
            year: 2022
            basics:
              - name: 中小学在校学生
                unit: 人
                value: 1000
                parts:
                  - {name: 公办, value: 800}
                  - {name: 民办, value: 300}
            """
        let error = try #require(try Self.draftError(data))
        #expect(error.path == "data.yml" && error.line == 6 && error.column == 12)
        #expect(error.detail.contains("自相矛盾"))
        #expect(error.detail.contains("合计1100人"))
    }

    @Test func indicatorPartsLargerThanTheActualAreAnError() throws {
        let data = """
            district: 甲区
            year: 2022
            indicators:
              - name: 在校学生数
                unit: 万人
                actual: 5.0
                parts:
                  - {name: 普通小学, actual: 3.1}
                  - {name: 普通初中, actual: 2.05}
            """
        let error = try #require(try Self.draftError(data))
        #expect(error.line == 6 && error.column == 13)
        #expect(error.detail.contains("合计5.15"))
    }

    @Test func growthFromZeroIsAnError() throws {
        let data = "district: 甲区\nyear: 2022\nbasics:\n  - {name: 新增学位, unit: 个, value: 300, last_year: 0}\n"
        let error = try #require(try Self.draftError(data))
        #expect(error.line == 4 && error.column == 5)
        #expect(error.detail.contains("上年数为0"))
    }

    @Test func aDecreaseIsWrittenAsADecrease() throws {
        let data = "district: 甲区\nyear: 2022\nbasics:\n  - {name: 在园幼儿, unit: 人, value: 9500, last_year: 10000}\n"
        let report = try Drafter(scheme: SchemeTemplateTests.template(2023)).draft(DistrictDataLoader.load(text: data, path: "d.yml"))
        let text = report.parts(withRole: .basicInfo).first?.blocks.first?.textSpans.first?.text
        #expect(text == "甲区在园幼儿9500人，比上年的10000人减少500人，下降5.00%。")
    }
}

/// The example's 2021 data answers all 38 points of the 2022 scheme.
struct Example2022Tests {
    @Test func theExampleFor2022AnswersEveryPoint() throws {
        let path = "Examples/青溪区/data-2022.yml"
        let data = try DistrictDataLoader.load(contentsOf: Repository.root.appendingPathComponent(path), displayPath: path)
        let report = try Drafter(scheme: SchemeTemplateTests.template(2022)).draft(data)
        #expect(data.points.count == 38)
        // The only placeholder is the 2022 scheme's 文号, which its template does not know.
        let placeholders = report.allBlocks.flatMap(\.textSpans).map(\.text).filter { $0.contains("【待填写") }
        #expect(placeholders.count == 1)
        #expect(placeholders.first?.contains("（【待填写：评价方案文号】）要求") == true)
        let findings = try #require(report.parts(withRole: .findings).first)
        #expect(findings.children.flatMap(\.children).count == 38)
        let b2 = findings.children[1].children[1].blocks.last?.textSpans.first?.text
        #expect(b2 == "一般公共预算教育支出13.64亿元，比上年的13.02亿元增加0.62亿元，增长4.76%。")
    }
}
