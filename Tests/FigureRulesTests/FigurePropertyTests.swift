import FigureRules
import Foundation
import PropertyBased
import ReportModel
import ReportPluginKit
import Testing

/// Generated statements: consistent figures pass, and one figure moved beyond its rounding fails.
struct FigurePropertyTests {
    /// `12345` hundredths written `123.45`.
    static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        return sign + "\(magnitude / 100)." + String(format: "%02d", magnitude % 100)
    }

    static func findings(_ paragraph: String) -> [Diagnostic] {
        Figures.check(text: "一、基本情况\n\n　　" + paragraph + "\n")
    }

    static let groups: [(String, String)] = [("公办学校", "民办学校"), ("城镇学生", "农村学生"), ("男生", "女生"), ("小学和初中", "")]

    @Test func exhaustivePartsPassWhenTheyAddUpAndFailWhenTheTotalMoves() async {
        await propertyCheck(
            count: 150, input: Gen.int(in: 0...2), Gen.int(in: 1...99_999), Gen.int(in: 1...99_999), Gen.int(in: 2...5_000)
        ) { group, first, second, delta in
            let (a, b) = Self.groups[group]
            let total = first + second
            let consistent = "全县\(a.prefix(2))和\(b.prefix(2))合计\(total)人，其中\(a)\(first)人，\(b)\(second)人。"
            #expect(Self.findings(consistent).isEmpty, "\(consistent)")
            for moved in [total + delta, total - delta] where moved > 0 {
                let text = "全县\(a.prefix(2))和\(b.prefix(2))合计\(moved)人，其中\(a)\(first)人，\(b)\(second)人。"
                let found = Self.findings(text)
                #expect(found.map(\.ruleID) == ["arithmetic.sum"], "\(text)")
                #expect(found.first?.range.start.column == 12, "\(text)")
            }
        }
    }

    @Test func openPartsMayStayBelowTheTotalButNeverExceedIt() async {
        await propertyCheck(count: 150, input: Gen.int(in: 100...99_999), Gen.int(in: 1...99), Gen.int(in: 2...5_000)) {
            total, percent, delta in
            let part = total * percent / 100
            let below = "全县教师\(total)人，其中骨干教师\(part)人。"
            #expect(Self.findings(below).isEmpty, "\(below)")
            let above = "全县教师\(total)人，其中骨干教师\(total + delta)人。"
            #expect(Self.findings(above).map(\.ruleID) == ["arithmetic.sum"], "\(above)")
        }
    }

    @Test func moneyPartsInDifferentScalesAddUp() async {
        await propertyCheck(count: 150, input: Gen.int(in: 1...999_999), Gen.int(in: 1...999_999)) { first, second in
            // first and second in 万元 with two decimals; the total in 亿元 with six decimals (exact).
            let total = first + second
            let text = "经费共\(total / 1_000_000).\(String(format: "%06d", total % 1_000_000))亿元，其中公办学校\(Self.hundredths(first))万元，民办学校\(Self.hundredths(second))万元。"
            #expect(Self.findings(text).isEmpty, "\(text)")
        }
    }

    @Test func consistentGrowthPassesAndAMovedRateFails() async {
        await propertyCheck(
            count: 150, input: Gen.int(in: 1_000...99_999), Gen.int(in: 1...3_000), Gen.int(in: 20...500), Gen.bool
        ) { base, basisPoints, delta, up in
            // base in hundredths of 亿元 (10.00 … 999.99), growth of basisPoints / 100 percent.
            let current = (base * (10_000 + basisPoints) + 5_000) / 10_000
            let increase = current - base
            guard increase > 0 else { return }
            let rate = (Decimal(increase) / Decimal(base) * 100).formatted(fractionDigits: 2)
            func text(rate: String, increase: Int) -> String {
                "全年教育支出\(Self.hundredths(current))亿元，比上年的\(Self.hundredths(base))亿元增长了\(Self.hundredths(increase))亿元，增长比例达\(rate)%。"
            }
            #expect(Self.findings(text(rate: rate, increase: increase)).isEmpty, "\(text(rate: rate, increase: increase))")

            let moved = (Decimal(string: rate)! + Decimal(up ? delta : -delta) / 100).formatted(fractionDigits: 2)
            let wrongRate = text(rate: moved, increase: increase)
            let found = Self.findings(wrongRate)
            #expect(found.map(\.ruleID) == ["arithmetic.growth-rate"], "\(wrongRate)")
            #expect(found.first?.message.contains("增长率应为\(rate)%") == true, "\(found.map(\.message))")

            let movedIncrease = up || increase - delta / 10 < 1 ? increase + delta / 10 : increase - delta / 10
            let wrongIncrease = text(rate: rate, increase: movedIncrease)
            #expect(Self.findings(wrongIncrease).map(\.ruleID) == ["arithmetic.growth-rate"], "\(wrongIncrease)")
        }
    }

    @Test func growthWithoutABaseRecomputesFromTheIncrease() async {
        await propertyCheck(count: 150, input: Gen.int(in: 1_000...99_999), Gen.int(in: 1...3_000), Gen.int(in: 30...500)) {
            previous, basisPoints, delta in
            let increase = (previous * basisPoints + 5_000) / 10_000
            guard increase > 0 else { return }
            let current = previous + increase
            let rate = (Decimal(increase) / Decimal(previous) * 100).formatted(fractionDigits: 2)
            let consistent = "全年经费\(Self.hundredths(current))亿元，比上年增加\(Self.hundredths(increase))亿元，增长\(rate)%。"
            #expect(Self.findings(consistent).isEmpty, "\(consistent)")
            let moved = (Decimal(string: rate)! + Decimal(delta) / 100).formatted(fractionDigits: 2)
            let wrong = "全年经费\(Self.hundredths(current))亿元，比上年增加\(Self.hundredths(increase))亿元，增长\(moved)%。"
            #expect(Self.findings(wrong).map(\.ruleID) == ["arithmetic.growth-rate"], "\(wrong)")
        }
    }
}
