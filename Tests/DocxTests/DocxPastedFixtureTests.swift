import Foundation
import ReportModel
import ReportReading
import Testing

/// `pasted.docx` (python-docx) and the same document saved by LibreOffice: soft-broken lines, a
/// Heading 1 title below the 发文字号 line, a hidden run, and one list continued through two `w:num`s.
@Suite struct DocxPastedFixtureTests {
    static let lines = [
        "青禾府文〔2025〕3号", "青禾县人民政府关于2024年度履行教育职责情况的自查报告", "市人民政府教育督导委员会：",
        "按照市教育督导委员会的统一部署，我县开展了自查，现将有关情况报告如下。",
        "一、基本情况", "全县共有各级各类学校48所。", "在校学生3.1万人。", "教职工2600人。",
        "二、履行教育职责情况", "（一）加强党的领导", "全年召开专题会议6次。", "（二）保障经费投入", "教育支出9.6亿元。",
        "生均公用经费\t小学800元、初中1000元。",
        "三、存在的问题", "音乐、美术学科教师仍然不足。", "四、下一步工作打算", "一是补齐教师缺口。", "二是改善办学条件。",
        "青禾县人民政府", "2025年1月10日",
    ]

    @Test(arguments: ["pasted.docx", "pasted-libreoffice.docx"])
    func readsAsWordShowsIt(name: String) throws {
        let document = try DocxFixtures.read(name)
        #expect(document.lines.strings == Self.lines)
        let report = document.report
        #expect(report.metadata.documentNumber?.text == "青禾府文〔2025〕3号")
        #expect(report.metadata.title?.text == "青禾县人民政府关于2024年度履行教育职责情况的自查报告")
        #expect(report.metadata.recipients?.text == "市人民政府教育督导委员会")
        #expect(report.metadata.year == 2024 && report.metadata.district == "青禾县")
        #expect(report.metadata.date?.text == "2025年1月10日")
        #expect(report.sections.map(\.title) == ["基本情况", "履行教育职责情况", "存在的问题", "下一步工作打算"])
        #expect(report.sections.map { $0.marker?.ordinal } == [1, 2, 3, 4])
        #expect(report.sections[1].children.map(\.title) == ["加强党的领导", "保障经费投入"])
        let locator = try #require(document.paragraphLocator)
        #expect("\(locator.location(of: SourcePosition(line: 12, column: 1)))" == "第8段第3行（“（二）保障经费投入”）")
    }

    @Test(arguments: ["pasted.docx", "pasted-libreoffice.docx"])
    func lintFindsNoFalseStructureOrNumberingErrors(name: String) throws {
        let found = try DocxLintSupport.lint(DocxFixtures.data(name))
        let rules = found.map(\.rule)
        #expect(!rules.contains { $0.hasPrefix("structure.") || $0.hasPrefix("numbering.") }, "\(rules)")
        // The hidden note (“xx待核,勿外发”) is not linted.
        #expect(!rules.contains { $0.hasPrefix("placeholder") } && !found.contains { $0.line == 8 }, "\(rules)")
    }
}
