import Foundation
import ReportModel
import Testing
import TestSupport
@testable import ReportReading

/// The reader on the real government texts in ../shared/seeds.
@Suite(.enabled(if: Seeds.available, Seeds.skipMessage))
struct SeedReadingTests {
    static func read(_ seed: String) throws -> Report {
        try ReportReader.read(contentsOf: Seeds.url(seed), displayPath: seed).report
    }

    @Test func seed001IsAReportWithThreePartsAnd38ContinuousPoints() throws {
        let report = try Self.read("001")
        #expect(report.metadata.title?.text == "渝北区人民政府2022年履行教育职责自评报告")
        #expect(report.metadata.district == "渝北区")
        #expect(report.metadata.year == 2022)
        #expect(report.sections.map(\.role) == [.findings, .problems, .nextSteps])
        let findings = report.sections[0]
        #expect(findings.children.map(\.marker?.ordinal) == Array(1...8))
        #expect(findings.children.allSatisfy { $0.marker?.style == .chineseHalfWidthParen && $0.level == 2 })
        let points = findings.children.flatMap(\.children)
        #expect(points.map(\.marker?.ordinal) == Array(1...38))
        #expect(points.allSatisfy { $0.level == 3 && $0.marker?.style == .arabicDot })
        #expect(points.first?.title == "以党的领导统领全区教育工作")
        #expect(points[2].title == "全面加强基层党组织建设")
        #expect(report.sections[1].children.count == 5)
        #expect(report.sections[2].children.count == 5)
        #expect(report.sections[1].children[0].title == "深化新时代教育评价改革难度大")
    }

    @Test func seed001RunInHeadingKeepsItsBody() throws {
        let point = try #require(try Self.read("001").sections[0].children[0].children.first)
        guard case .paragraph(let body) = try #require(point.blocks.first) else {
            Issue.record("expected the body of point 1 as a paragraph")
            return
        }
        #expect(body.text.hasPrefix("2021年以来"))
        #expect(body.range.start == SourcePosition(line: point.line, column: 16))
    }

    @Test func seed001PageChromeIsNotReportText() throws {
        let report = try Self.read("001")
        let texts = report.allBlocks.flatMap(\.textSpans).map(\.text)
        #expect(!texts.contains { $0.contains("您当前的位置") || $0.contains("扫一扫") || $0.contains("索引号") })
        #expect(report.preamble.count == 1)
    }

    @Test func seed002MetadataPartsItemsAndIndicatorTable() throws {
        let report = try Self.read("002")
        let metadata = report.metadata
        #expect(metadata.documentNumber?.text == "荣昌府办函〔2023〕40号")
        #expect(metadata.title?.text == "重庆市荣昌区人民政府办公室关于2022年履行教育职责自查自评报告的函")
        #expect(metadata.recipients?.text == "市教委、市政府教育督导室")
        #expect(metadata.issuer?.text == "重庆市荣昌区人民政府办公室")
        #expect(metadata.date?.text == "2023年10月30日")
        #expect(metadata.district == "荣昌区")
        #expect(metadata.year == 2022)
        #expect(report.sections.map(\.role) == [.basicInfo, .selfCheckWork, .findings, .achievements, .problemsAndMeasures])
        #expect(report.sections[2].children.count == 4)

        func items(_ section: Section) -> [Int] {
            section.blocks.compactMap { if case .item(let item) = $0 { item.ordinal } else { nil } }
        }
        #expect(items(report.sections[1]) == [1, 2])
        #expect(items(report.sections[2].children[2]) == Array(1...7))
        #expect(items(report.sections[4]) == Array(1...5))

        let table = try #require(report.indicatorTables.first)
        #expect(report.indicatorTables.count == 1)
        #expect(table.targetHeader == "2025年主要目标")
        #expect(table.actualHeader == "2023年1—6月完成")
        #expect(table.indicators.count == 13)
        let first = table.indicators[0]
        #expect(first.category == "学前教育")
        #expect(first.name == "在园幼儿数")
        #expect(first.unit == "万人")
        let consolidation = try #require(table.indicators.first { $0.name == "九年义务教育巩固率" })
        #expect(consolidation.unit == "%")
        #expect(consolidation.target == IndicatorValue(comparator: .greaterThan, value: Decimal(string: "98.5")!, fractionDigits: 1))
        #expect(consolidation.targetText == ">98.5")
        let highSchool = try #require(table.indicators.first { $0.targetText == ">98.50" })
        #expect(highSchool.target?.fractionDigits == 2)
        let names = table.indicators.map(\.name)
        let students = try #require(names.firstIndex(of: "在校学生数"))
        #expect(table.indicators[students + 1].name == "普通小学")
        #expect(table.indicators[students + 1].parent == students)
        #expect(table.indicators[students + 2].parent == students)
        #expect(table.indicators[students + 2].unit == "万人")
        #expect(table.indicators[students + 3].parent == nil)
        #expect(table.indicators.filter { $0.parent != nil }.map(\.name) == ["普通小学", "普通初中", "普通高中", "中等职业教育"])
        #expect(table.indicators.last?.category == "人力资源开发")
    }

    @Test func seed004StrayMarkerIsTheFifthGroup() throws {
        let report = try Self.read("004")
        #expect(report.metadata.documentNumber?.text == "永川府办发〔2022〕125号")
        let tasks = report.sections[1]
        #expect(tasks.title == "重点任务")
        #expect(tasks.children.count == 10)
        #expect(tasks.children.map(\.marker?.ordinal) == Array(1...10))
        let fifth = try #require(tasks.children[4].marker)
        #expect(fifth.raw == "（5）")
        #expect(fifth.style == .arabicFullWidthParen)
        #expect(fifth.level == 2)
        #expect(tasks.children[4].title == "推动特殊教育和民办教育有序发展")
    }

    @Test(arguments: ["000", "003"])
    func newsFeaturesHaveNoParts(seed: String) throws {
        let report = try Self.read(seed)
        #expect(report.sections.isEmpty)
        #expect(!report.preamble.isEmpty)
        #expect(report.metadata.recipients == nil)
    }

    @Test func gb18030CopyOfASeedReadsTheSame() throws {
        let original = try Data(contentsOf: Seeds.url("002"))
        let converted = try Self.iconv(original, to: "GB18030")
        let gbk = try ReportReader.read(data: converted, path: "002", format: .text).report
        #expect(gbk == (try Self.read("002")))
    }

    /// Re-encodes bytes with the system's iconv, as a clerk's Windows editor would save them.
    static func iconv(_ data: Data, to encoding: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(converted != data)
        return converted
    }

    @Test func jsonRoundTripsTheModel() throws {
        let report = try Self.read("002")
        let json = try ReportJSON.encode(report)
        #expect(try ReportJSON.decode(Data(json.utf8)) == report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let section = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(section["line"] as? Int == 14)
        #expect(section["role"] as? String == "basicInfo")
        #expect((section["marker"] as? [String: Any])?["raw"] as? String == "一、")
        #expect((object["metadata"] as? [String: Any])?["year"] as? Int == 2022)
    }
}
