import Foundation
import ReportModel
import Testing
@testable import ReportQuantities

/// Roles and labels read from the words around each figure, and the statements they form.
struct RoleTests {
    static func analysis(_ text: String) -> QuantityAnalysis { QuantityAnalysis.analyze(text: text) }

    @Test func totalWithPartsAfterQizhong() throws {
        let analysis = Self.analysis("全县共有中学58所，其中公办中学41所，民办中学17所；在校生3.2万人。")
        #expect(analysis.quantities.map(\.role) == [.total, .part, .part, .value])
        let statement = try #require(analysis.statements.first)
        #expect(analysis.statements.count == 1)
        #expect(statement.kind == .composition)
        #expect(statement.total?.text == "58所")
        #expect(statement.parts.map(\.label) == ["公办中学", "民办中学"])
    }

    @Test func aFigureRightBeforeQizhongIsTheTotal() throws {
        let analysis = Self.analysis("全镇小学在校学生3250人，其中男生1580人，女生1670人。")
        let statement = try #require(analysis.statements.first)
        #expect(statement.total?.label == "全镇小学在校学生")
        #expect(statement.parts.map(\.label) == ["男生", "女生"])
    }

    @Test func qizhongAtTheStartOfASentenceRefersToTheSentenceBefore() throws {
        let analysis = Self.analysis("全年经费总投入9.80亿元，比上年增加0.52亿元，增长5.6%。其中财政性投入8.10亿元，比上年增加0.30亿元。")
        let composition = try #require(analysis.statements.first { $0.kind == .composition })
        #expect(composition.total?.text == "9.80亿元")
        #expect(composition.parts.map(\.text) == ["8.10亿元"])  // the increases are not parts
    }

    @Test func aQizhongInBracketsEndsAtTheClosingBracket() {
        let analysis = Self.analysis("全县学校100所，其中小学60所（其中农村小学40所），初中40所。")
        let compositions = analysis.statements.filter { $0.kind == .composition }
        #expect(compositions.map { $0.total?.text } == ["100所", "60所"])
        #expect(compositions.last?.parts.map(\.text) == ["40所"])
    }

    @Test func yearsLabelParts() throws {
        let analysis = Self.analysis("争取专项资金4560万元，其中2023年1860万元，2024年2700万元。")
        let statement = try #require(analysis.statements.first)
        #expect(statement.parts.map(\.label) == ["2023年", "2024年"])
        #expect(statement.parts.map(\.value) == [18_600_000, 27_000_000])
    }

    @Test func yearsGluedToPartsByALostCharacterAreReadOut() throws {
        // A web copy lost the 年 after each year: 其中2023年1860万元 became 其中20231860万元.
        let analysis = Self.analysis("争取专项资金4560万元，其中20231860万元，20242700万元。")
        let statement = try #require(analysis.statements.first)
        #expect(statement.parts.map(\.text) == ["1860万元", "2700万元"])
        #expect(statement.parts.map(\.label) == ["2023年", "2024年"])
        #expect(statement.parts.map(\.offset) == [19, 30])
    }

    @Test func partsEndWithTheSentenceAndSharesAreNotParts() {
        let analysis = Self.analysis("教师520人，其中骨干教师占比达35%；学生8000人，其中寄宿生2100人。")
        #expect(analysis.quantities.map(\.role) == [.total, .value, .total, .part])
        #expect(analysis.statements.count == 1)
    }

    @Test func growthStatementWithBaseIncreaseAndRate() throws {
        let analysis = Self.analysis("全年教育支出18.36亿元，比上年的17.50亿元增长了0.86亿元，增长比例达4.91%。")
        let growth = try #require(analysis.statements.first { $0.kind == .growth })
        #expect(growth.current?.text == "18.36亿元")
        #expect(growth.base?.text == "17.50亿元")
        #expect(growth.increase?.text == "0.86亿元")
        #expect(growth.rate?.text == "4.91%")
        #expect(growth.rate?.sign == 1)
    }

    @Test func decreasesAreNegative() throws {
        let analysis = Self.analysis("专项经费比上年的2400万元减少了300万元，降至2100万元，下降12.5%。")
        let growth = try #require(analysis.statements.first { $0.kind == .growth })
        #expect(growth.base?.value == 24_000_000)
        #expect(growth.increase?.value == -3_000_000)
        #expect(growth.current?.text == "2100万元")
        #expect(growth.rate?.sign == -1)
        #expect(growth.rate?.value == Decimal(string: "-12.5")!)
    }

    @Test func rateVariants() {
        for text in ["总投入5.2亿元，年增长率3.4%。", "总投入5.2亿元，同比增长3.4%。", "总投入5.2亿元，增幅为3.4%。"] {
            let rate = Self.analysis(text).quantities.last
            #expect(rate?.role == .rate, "\(text)")
        }
    }

    @Test func aMinusSignMakesAFigureNegative() {
        let found = Self.analysis("总投入5.2亿元，增长-3.4%，下降-1.2%。").quantities
        #expect(found.map(\.sign) == [1, -1, 1])
        #expect(found.map(\.value) == [520_000_000, Decimal(string: "-3.4")!, Decimal(string: "1.2")!])
    }

    @Test func percentagePointsAreIncreases() {
        let found = Self.analysis("普惠率由86.5%提高到89.2%，提高了2.7个百分点。").quantities
        #expect(found.map(\.role) == [.base, .value, .increase])
    }

    @Test func analysisIsCodable() throws {
        let analysis = Self.analysis("全县共有中学58所，其中公办中学41所，民办中学17所。")
        let data = try JSONEncoder().encode(analysis)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"kind\":\"composition\""))
        #expect(json.contains("\"role\":\"total\""))
        #expect(try JSONDecoder().decode(QuantityAnalysis.self, from: data) == analysis)
    }
}
