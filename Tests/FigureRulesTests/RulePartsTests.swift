import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities
import ReportReading
import Testing
@testable import FigureRules

/// The pieces the figure rules are built from: periods, exhaustive groups, mentions, the shared reading.
struct RulePartsTests {
    @Test(arguments: [
        ("2025年主要目标", 2025, 1, 12), ("2023年1—6月完成", 2023, 1, 6), ("2024年上半年完成", 2024, 1, 6),
        ("2024年1-9月", 2024, 1, 9), ("截至2024年10月完成", 2024, 1, 10), ("2022年前三季度", 2022, 1, 9),
        ("“十四五”期间（2025年）目标", 2025, 1, 12),
    ])
    func periodsAreReadFromHeaders(header: String, year: Int, first: Int, last: Int) throws {
        let period = try #require(IndicatorPeriod(header: header))
        #expect(period == IndicatorPeriod(year: year, firstMonth: first, lastMonth: last))
    }

    @Test(arguments: ["目标值", "完成值", "主要目标", "12345年"])
    func headersWithoutAYearHaveNoPeriod(header: String) {
        #expect(IndicatorPeriod(header: header) == nil)
    }

    @Test func aPeriodEndsAfterItsLastMonth() {
        let period = IndicatorPeriod(year: 2025)
        #expect(!period.hasEnded(on: (2025, 12, 31)))
        #expect(period.hasEnded(on: (2026, 1, 1)))
        #expect(IndicatorPeriod(year: 2023, lastMonth: 6).hasEnded(on: (2023, 7, 1)))
    }

    static func quantities(_ text: String) -> (Quantity, [Quantity]) {
        let statement = QuantityAnalysis.analyze(text: text).statements.first { $0.kind == .composition }!
        return (statement.total!, statement.parts)
    }

    @Test func schoolLevelsMakeUpOnlyATotalThatNamesThem() {
        let group = ExhaustiveGroup.defaults.first { $0.members == ["小学", "初中"] }!
        let (named, namedParts) = Self.quantities("全县小学和初中在校生5200人，其中小学3400人，初中1700人。")
        #expect(group.isCovered(by: namedParts, total: named))
        let (plain, plainParts) = Self.quantities("全县在校生5200人，其中小学3400人，初中1700人。")
        #expect(!group.isCovered(by: plainParts, total: plain))
    }

    @Test func aMemberInsideALongerMemberDoesNotCount() {
        let group = ExhaustiveGroup(members: ["在编", "非在编"], requiresTotalToNameMembers: false)
        #expect(group.member(of: "非在编教师") == "非在编")
        #expect(group.member(of: "在编教师") == "在编")
        #expect(group.member(of: "代课教师") == nil)
    }

    @Test func mentionsFindTheWholeNameOrItsHeadWord() {
        let text = "农村地区毛入园率偏低，普通高中学位紧张。"
        #expect(UnmetNotAddressedRule.mentions(text, name: "学前三年毛入园率"))
        #expect(UnmetNotAddressedRule.mentions(text, name: "普通高中"))
        #expect(!UnmetNotAddressedRule.mentions(text, name: "人均受教育年限"))
        #expect(!UnmetNotAddressedRule.mentions(text, name: "初中"))
    }

    static func read(_ text: String) -> Report {
        ReportReader.read(text: text, path: "draft.txt", format: .text).report
    }

    @Test func aReadingGivenInTheContextIsUsed() {
        let report = Self.read("一、基本情况\n\n全县共有中学58所，其中公办中学41所，民办中学19所。\n")
        #expect(ArithmeticSumRule().check(report, context: RuleContext()).count == 1)
        let empty = RuleContext(extensions: [SharedAnalysis.key.name: QuantityAnalysis()])
        #expect(ArithmeticSumRule().check(report, context: empty).isEmpty)
    }
}
