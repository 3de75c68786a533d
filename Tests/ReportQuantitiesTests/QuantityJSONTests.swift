import Foundation
import ReportModel
import ReportReading
import Testing
import TestSupport
@testable import ReportQuantities

/// The JSON out-of-process plugins read: the report as before, with its figures beside it.
struct QuantityJSONTests {
    static let draft = """
        一、基本情况

        　　全县共有中学58所，其中公办中学41所，民办中学17所。全年教育支出18.36亿元，比上年的17.50亿元增长了0.86亿元，增长比例达4.91%。
        """

    @Test func theReportReadsBackAndTheFiguresAreBesideIt() throws {
        let report = ReportReader.read(text: Self.draft, path: "draft.txt", format: .text).report
        let json = try QuantityJSON.encode(report)
        let data = Data(json.utf8)
        #expect(try ReportJSON.decode(data) == report)
        let analysis = try #require(try QuantityJSON.decodeAnalysis(data))
        #expect(analysis == QuantityAnalysis.analyze(report))
        #expect(analysis.statements.map(\.kind) == [.composition, .growth])
        #expect(json.contains("\"quantities\": {"))
        #expect(json.contains("\"rate\": {"))
        // The report's own JSON is unchanged apart from the added key.
        let plain = try ReportJSON.encode(report)
        #expect(try QuantityJSON.decodeAnalysis(Data(plain.utf8)) == nil)
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func seed002GivesItsTotalsToPlugins() throws {
        let report = try ReportReader.read(contentsOf: Seeds.url("002")).report
        let analysis = try #require(try QuantityJSON.decodeAnalysis(Data(try QuantityJSON.encode(report).utf8)))
        let totals = analysis.statements.compactMap { $0.total?.text }
        #expect(totals.starts(with: ["269所", "106291人", "8501人"]))
        let students = try #require(analysis.statements.first { $0.total?.text == "106291人" })
        #expect(students.parts.map(\.label) == ["公办", "民办"])
        #expect(students.total?.range == SourceRange(line: 16, column: 44, length: 7))
    }
}
