import Foundation
import PropertyBased
import ReportDrafting
import ReportModel
import Testing

/// For generated data, every derived figure in the draft agrees with the figures it was derived
/// from, checked by reading the drafted sentences back as a reviewer (or a figure rule) would.
@Suite struct DerivedFigurePropertyTests {
    static let scheme = Result { try SchemeTemplateTests.template(2023) }

    /// `12345` with 2 digits is `123.45`.
    static func text(_ units: Int, _ digits: Int) -> String {
        Decimal(units).scaled(-digits).formatted(fractionDigits: digits)
    }

    static func decimal(_ text: Substring) -> Decimal { Decimal(string: String(text), locale: Locale(identifier: "en_US_POSIX"))! }

    static func draftBasics(_ yaml: String) throws -> String {
        let report = try Drafter(scheme: scheme.get()).draft(DistrictDataLoader.load(text: yaml, path: "gen.yml"))
        return try #require(report.parts(withRole: .basicInfo).first?.blocks.first?.textSpans.first?.text)
    }

    @Test func growthRatesRecomputeFromTheFiguresWritten() async {
        await propertyCheck(input: Gen.int(in: 1...50_000_000), Gen.int(in: 1...50_000_000), Gen.int(in: 0...2)) { now, last, digits in
            let yaml = "district: 甲区\nyear: 2022\nbasics:\n  - {name: 经费, unit: 万元, value: \(Self.text(now, digits)), last_year: \(Self.text(last, digits))}\n"
            let sentence = try Self.draftBasics(yaml)
            let pattern = try Regex(#"经费([0-9.]+)万元，比上年的([0-9.]+)万元(增加|减少)([0-9.]+)万元，(增长|下降)([0-9.]+)%"#)
            let match = try #require(sentence.firstMatch(of: pattern), "\(sentence)")
            let value = Self.decimal(match.output[1].substring!), previous = Self.decimal(match.output[2].substring!)
            let change = Self.decimal(match.output[4].substring!), rate = Self.decimal(match.output[6].substring!)
            let rising = match.output[3].substring == "增加"
            #expect(rising == (value >= previous))
            #expect((match.output[5].substring == "增长") == rising)
            #expect(change == (rising ? value - previous : previous - value))
            let exact = change / previous * 100
            #expect(abs(NSDecimalNumber(decimal: exact - rate).doubleValue) <= 0.005)
            #expect(match.output[6].substring!.split(separator: ".").last?.count == 2)
        }
    }

    @Test func totalsAreTheSumOfTheirPartsOrAtLeastIt() async {
        await propertyCheck(input: Gen.int(in: 0...200_000).array(of: 1...6), Gen.int(in: 0...2), Gen.int(in: -1...500)) { parts, digits, extra in
            let list = parts.enumerated().map { "      - {name: 第\($0.offset + 1)部分, value: \(Self.text($0.element, digits))}" }
            let sum = parts.reduce(0, +)
            let total = extra >= 0 ? "    value: \(Self.text(sum + extra, digits))\n" : ""
            let yaml = "district: 甲区\nyear: 2022\nbasics:\n  - name: 学校\n    unit: 所\n\(total)    parts:\n" + list.joined(separator: "\n") + "\n"
            let sentence = try Self.draftBasics(yaml)
            let match = try #require(sentence.firstMatch(of: try Regex(#"学校([0-9.]+)所，其中(.*)。$"#)), "\(sentence)")
            let written = Self.decimal(match.output[1].substring!)
            let values = match.output[2].substring!.split(separator: "、").map { part in
                Self.decimal(part.drop { !$0.isNumber || $0 == "第" }.drop { $0 != "分" }.dropFirst().dropLast())
            }
            #expect(values.count == parts.count)
            let partSum = values.reduce(Decimal(0), +)
            if extra >= 0 {
                #expect(written == Decimal(sum + extra).scaled(-digits))
                #expect(partSum <= written)
            } else {
                #expect(written == partSum)
            }
        }
    }

    @Test func indicatorTotalsAndCompletionAreDerived() async {
        await propertyCheck(input: Gen.int(in: 1...9_999).array(of: 1...4), Gen.int(in: 1...40_000), Gen.int(in: 0...3)) { actuals, target, sign in
            let comparator = ["", "≥", ">", "≤"][sign]
            let parts = actuals.enumerated().map { "      - {name: 分项\($0.offset + 1), actual: \(Self.text($0.element, 2))}" }
            let yaml = "district: 甲区\nyear: 2022\nindicators:\n  - name: 总量\n    unit: 万人\n    target: \"\(comparator)\(Self.text(target, 2))\"\n    parts:\n"
                + parts.joined(separator: "\n") + "\n"
            let report = try Drafter(scheme: Self.scheme.get()).draft(DistrictDataLoader.load(text: yaml, path: "gen.yml"))
            let table = try #require(report.indicatorTables.first)
            let total = try #require(table.indicators.first)
            let partSum = table.parts(of: 0).compactMap(\.actual?.value).reduce(Decimal(0), +)
            #expect(total.actual?.value == partSum)
            guard case .table(let block) = report.parts(withRole: .appendix).first?.blocks.first else {
                Issue.record("no table")
                return
            }
            let met = total.target.map { $0.isMet(by: partSum) } ?? false
            #expect(block.rows[1].last?.text == (met ? "已完成" : "未完成"))
        }
    }
}

extension Decimal {
    /// The value times 10^exponent.
    func scaled(_ exponent: Int) -> Decimal {
        var result = self
        var copy = self
        _ = NSDecimalMultiplyByPowerOf10(&result, &copy, Int16(exponent), .plain)
        return result
    }
}
