import Foundation
import ReportModel
import Testing
@testable import ReportReading

/// The reader on fixtures written for it: every marker form, Markdown, encodings.
@Suite struct ReaderFixtureTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    }

    @Test func recognisesEveryMarkerForm() throws {
        let report = try ReportReader.read(contentsOf: Self.fixture("markers.txt")).report
        let first = try #require(report.sections.first)
        #expect(first.marker?.style == .chineseComma)
        let styles = first.allSections.dropFirst().compactMap(\.marker?.style)
        #expect(styles == [
            .chineseFullWidthParen, .chineseHalfWidthParen, .arabicDot, .arabicFullWidthDot, .arabicComma,
            .arabicFullWidthParen, .arabicHalfWidthParen,
        ])
        // (二) with half-width brackets is still the second group; 1. 2． 3、 are its points.
        #expect(first.children.map(\.marker?.ordinal) == [1, 2])
        #expect(first.children[1].children.map(\.title) == ["阿拉伯数字加点", "阿拉伯数字加全角点", "阿拉伯数字加顿号"])
        #expect(first.children[1].children[2].children.map(\.level) == [4, 4])
        let stray = try #require(report.sections.last?.children.first?.marker)
        #expect(stray.raw == "（一）、")
        #expect(report.sections.last?.children.first?.title == "括号后多了顿号")
    }

    @Test func readsMarkdownWithMetadataTableAndItems() throws {
        let report = try ReportReader.read(contentsOf: Self.fixture("clean-report.md")).report
        #expect(report.metadata.documentNumber?.text == "青溪府办函〔2024〕12号")
        #expect(report.metadata.title?.text == "青溪区人民政府2023年履行教育职责自查自评报告")
        #expect(report.metadata.recipients?.text == "市教委、市政府教育督导室")
        #expect(report.metadata.issuer?.text == "青溪区人民政府")
        #expect(report.metadata.date?.text == "2024年1月15日")
        #expect(report.metadata.district == "青溪区")
        #expect(report.metadata.year == 2023)
        #expect(report.sections.map(\.role) == [.basicInfo, .findings, .problems, .nextSteps])
        let findings = report.sections[1]
        #expect(findings.children.map(\.title) == ["加强党对教育工作的全面领导", "落实教育优先发展"])
        #expect(findings.children[0].children.map(\.marker?.ordinal) == [1, 2])
        let point3 = try #require(findings.children[1].children.first)
        #expect(point3.title == "保障教育投入")
        let items = point3.blocks.compactMap { block -> EnumeratedItem? in
            if case .item(let item) = block { item } else { nil }
        }
        #expect(items.map(\.ordinal) == [1, 2])
        #expect(items.map(\.text) == ["一是足额落实教育经费。", "二是优化支出结构。"])

        let table = try #require(report.indicatorTables.first)
        #expect(table.targetHeader == "2025年目标值")
        #expect(table.indicators.map(\.name) == ["在校学生数", "小学", "初中", "巩固率"])
        #expect(table.indicators.map(\.parent) == [nil, 0, 0, nil])
        #expect(table.indicators[3].target == IndicatorValue(comparator: .greaterThanOrEqual, value: 98))
        #expect(table.indicators[1].actual?.value == Decimal(string: "3.38"))
        #expect(table.indicators[1].actual?.fractionDigits == 2)
    }

    @Test func positionsAreCharactersBehindWideIndentation() throws {
        let text = "一、自查情况\n\n　　（一）落实教育优先发展。全区经费增长。\n"
        let report = ReportReader.read(text: text, path: "indent.txt", format: .text).report
        let group = try #require(report.sections.first?.children.first)
        #expect(group.marker?.range == SourceRange(line: 3, column: 3, length: 3))
        #expect(group.titleSpan.range.start == SourcePosition(line: 3, column: 6))
        guard case .paragraph(let body) = try #require(group.blocks.first) else {
            Issue.record("the run-in body should be a paragraph")
            return
        }
        #expect(body.text == "全区经费增长。")
        #expect(body.range == SourceRange(line: 3, column: 15, length: 7))
        let offset = Array(body.text).firstIndex(of: "增")!
        #expect(body.span.range(ofCharacters: offset..<offset + 2) == SourceRange(line: 3, column: 19, length: 2))
    }

    @Test func wrappedParagraphKeepsEachLinesPosition() throws {
        let text = "一、开展自查工作情况\n\n一是印发通知，要求各部门对照\n评价要点开展自查。二是列出问题清单。\n\n二、存在问题\n\n问题。\n"
        let section = try #require(ReportReader.read(text: text, path: "wrap.txt", format: .text).report.sections.first)
        let items = section.blocks.compactMap { block -> EnumeratedItem? in
            if case .item(let item) = block { item } else { nil }
        }
        #expect(items.map(\.ordinal) == [1, 2])
        #expect(items[0].text == "一是印发通知，要求各部门对照评价要点开展自查。")
        #expect(items[1].range == SourceRange(line: 4, column: 10, length: 9))
        let offset = Array(items[0].text).firstIndex(of: "评")!
        #expect(items[0].span.range(ofCharacters: offset..<offset + 1) == SourceRange(line: 4, column: 1, length: 1))
    }

    @Test func decodesGB18030() throws {
        let document = try ReportReader.read(contentsOf: Self.fixture("gb18030.txt"))
        #expect(document.report.sections.map(\.role) == [.findings, .problems, .nextSteps])
        #expect(document.report.metadata.title?.text == "青溪区人民政府2023年履行教育职责自查自评报告")
    }

    @Test(arguments: [true, false])
    func decodesUTF16WithBOM(littleEndian: Bool) throws {
        let text = "一、自查情况\n（一）落实教育优先发展。\n"
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        data.append(text.data(using: littleEndian ? .utf16LittleEndian : .utf16BigEndian)!)
        let document = try ReportReader.read(data: data, path: "utf16.txt", format: .text)
        #expect(document.report.sections.first?.children.first?.title == "落实教育优先发展")
    }

    @Test func decodesUTF8WithBOMWithoutShiftingColumns() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append("一、自查情况\n".data(using: .utf8)!)
        let report = try ReportReader.read(data: data, path: "bom.txt", format: .text).report
        #expect(report.sections.first?.marker?.range.start == SourcePosition(line: 1, column: 1))
    }
}
