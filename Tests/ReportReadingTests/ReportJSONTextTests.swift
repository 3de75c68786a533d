import Foundation
import ReportModel
import Testing
@testable import ReportReading

/// The report's JSON (`parse --format json`, the plugins' input) is written by `SortedJSONEncoder`:
/// the same values `JSONEncoder` wrote before it, on a report with sections, items and a table, in
/// the layout of `lint --format json`.
@Suite struct ReportJSONTextTests {
    @Test func aReadReportIsTheSameText() throws {
        let text = "临江区人民政府履行教育职责自查自评报告\n\n一、自查情况\n\n（一）学前教育\n\n1．全区共有幼儿园32所,在园幼儿1.2万人。\n\n"
            + "| 分类 | 指标 | 2024年目标 | 2024年完成 |\n| --- | --- | --- | --- |\n| 义务教育 | 在校学生数（万人） | 5.2 | ↓4.9 |\n|  | 其中：小学 | 3.4 | 3.3 |\n"
        let report = ReportReader.read(text: text, path: "t.md", format: .markdown).report
        let ours = try ReportJSON.encode(report)
        let parsed = try JSONSerialization.jsonObject(with: Data(ours.utf8)) as! NSObject
        #expect(parsed.isEqual(try JSONSerialization.jsonObject(with: Data(try foundation(report).utf8))))
        #expect(ours.hasPrefix("{\n  \"indicators\": [") || ours.contains("\n  \"sections\": ["), "\(ours.prefix(80))")
        #expect(!ours.contains("\" : "))
    }

    private func foundation(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
