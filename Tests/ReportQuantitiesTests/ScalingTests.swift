import Foundation
import ReportModel
import Testing
import TestSupport
@testable import ReportQuantities

/// The scan is linear: large and adversarial paragraphs take time in proportion to their length.
struct ScalingTests {
    @Test func manyStatementsInOneParagraphStayLinear() {
        let unit = "全县学校12所，其中公办8所，民办4所；支出5.20亿元，比上年的5.00亿元增长了0.20亿元，增长4%；"
        let small = String(repeating: unit, count: 250)
        let large = String(repeating: unit, count: 2000)
        var counts: [Int] = []
        let clock = ContinuousClock()
        let smallTime = clock.measure { counts.append(QuantityAnalysis.analyze(text: small).statements.count) }
        let largeTime = clock.measure { counts.append(QuantityAnalysis.analyze(text: large).statements.count) }
        #expect(counts == [500, 4000])
        // Eight times the text: a quadratic scan would take 64 times as long.
        #expect(largeTime < smallTime * 24, "\(smallTime) → \(largeTime)")
    }

    @Test func longCluesAndDigitRunsDoNotBacktrack() {
        let clauses = String(repeating: "增长比较提高的共有占比", count: 20000) + "12人。"
        let digits = String(repeating: "1,234,5", count: 20000) + "人"
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = QuantityAnalysis.analyze(text: clauses)
            _ = QuantityAnalysis.analyze(text: digits)
        }
        #expect(elapsed < .seconds(10))
    }
}
