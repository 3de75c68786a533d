import Foundation
import ReportModel
import Testing
@testable import ReportQuantities

/// The scanner finds each figure with its unit and scale, and leaves out what only looks like one.
struct FigureScanningTests {
    static func quantities(_ text: String) -> [Quantity] { QuantityAnalysis.analyze(text: text).quantities }

    @Test func scalesUnitsToACommonBase() throws {
        let found = Self.quantities("投入25.46亿元，另有12170.21万元和332元。")
        #expect(found.map(\.text) == ["25.46亿元", "12170.21万元", "332元"])
        #expect(found.map(\.value) == [Decimal(string: "2546000000")!, Decimal(string: "121702100")!, 332])
        #expect(found.map(\.unit.base) == ["元", "元", "元"])
        #expect(found.map(\.fractionDigits) == [2, 2, 0])
        #expect(found[0].halfUnit == 500_000)  // 0.005亿元
        #expect(found[2].halfUnit == Decimal(string: "0.5")!)
    }

    @Test func readsSeparatorsFullWidthDigitsAndApproximations() throws {
        let found = Self.quantities("学生1,234,567人，教师１２３名，经费１２．５万元，志愿者14万余名，投入180余万元，约600人，近3万名。")
        #expect(found.map(\.number) == [1_234_567, 123, Decimal(string: "12.5")!, 14, 180, 600, 3])
        #expect(found.map(\.isApproximate) == [false, false, false, true, true, true, true])
        #expect(found[3].value == 140_000)
        #expect(found[3].unit.family == "人")
        #expect(found[1].unit.family == found[0].unit.family)  // 名 and 人 both count people
    }

    @Test func longestUnitWins() {
        let found = Self.quantities("近视率降低了0.7个百分点，占地16.26万平方米，开展3个月，检查103所次。")
        #expect(found.map(\.unit.text) == ["个百分点", "万平方米", "个月", "所次"])
    }

    @Test(arguments: [
        "2022年以来", "荣昌府办函〔2023〕40号", "排名第3名", "每人完成1-2项", "2023—2025年", "生机比达到100：12.8",
        "2022年10月31日", "带宽提升到26G", "6-16周岁残疾儿", "2022-11-08", "按1635/.年拨付", "版本V2.0项",
        "1.5至2万元",
    ])
    func leavesOutWhatIsNotAQuantity(text: String) {
        #expect(Self.quantities(text).isEmpty, "\(Self.quantities(text).map(\.text))")
    }

    @Test func numbersWithoutUnitsAreNotFigures() {
        #expect(Self.quantities("涉及14成员单位，12530安全机制。").isEmpty)
    }

    @Test func rangesCountCharactersBehindAWideIndent() throws {
        let found = QuantityAnalysis.analyze(text: "　　全县共有学校58所，其中公办学校41所。", line: 7).quantities
        let first = try #require(found.first)
        #expect(first.range == SourceRange(line: 7, column: 9, length: 3))
        #expect(found[1].range == SourceRange(line: 7, column: 19, length: 3))
    }

    @Test func rangesFollowWrappedLines() throws {
        var span = TextSpan(text: "全县共有学校", line: 3, column: 3)
        span.append(TextSpan(text: "58所，其中公办41所。", line: 4))
        let found = QuantityAnalysis.analyze(span).quantities
        #expect(found.map(\.range.start) == [SourcePosition(line: 4, column: 1), SourcePosition(line: 4, column: 9)])
    }
}

/// Offsets are Character offsets even after scalars that join their neighbour: a combining kana
/// voicing mark, a combining tone mark, a half-width voicing mark. Such text must not be read
/// scalar by scalar (the analysis and the reader share one test of which scalars stand alone).
@Suite struct JoiningScalarOffsetTests {
    @Test(arguments: ["か\u{3099}", "中\u{302A}", "ｶ\u{FF9E}"])
    func figuresAfterJoiningScalarsKeepCharacterColumns(prefix: String) throws {
        let text = prefix + "经费12亿元"
        let quantity = try #require(QuantityAnalysis.analyze(text: text, line: 3, column: 5).quantities.first)
        #expect(quantity.text == "12亿元")
        #expect(quantity.offset == 3)
        #expect(quantity.range.start == SourcePosition(line: 3, column: 8))
    }
}
