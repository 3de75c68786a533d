import Foundation
import ReportModel
import Testing
import TestSupport
@testable import ReportQuantities

@Test func explore() throws {
    for seed in ["001", "002", "003", "004"] {
        let text = try Seeds.text(seed)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let analysis = QuantityAnalysis.analyze(text: String(line), line: number + 1)
            for statement in analysis.statements {
                let figures = statement.quantities.map { "\($0.role.rawValue)[\($0.label)]\($0.sign < 0 ? "-" : "")\($0.text)\($0.isApproximate ? "~" : "")" }
                print("EXPLORE \(seed):\(number + 1) \(statement.kind.rawValue): \(figures.joined(separator: " | "))")
            }
        }
    }
}
