import FigureRules
import Foundation
import ReportModel
import ReportPluginKit
import ReportReading
import TestSupport

/// Reading drafts and running the figure rules on them, for the tests of this target.
enum Figures {
    static let rules: [any ReportRule] = FigureRules.all

    /// Every finding of the figure rules on `report`, in document order.
    static func check(
        _ report: Report, today: (year: Int, month: Int, day: Int) = (2026, 1, 1),
        options: [String: RuleOptions] = [:]
    ) -> [Diagnostic] {
        let context = RuleContext(ruleOptions: options, today: today)
        return rules.flatMap { $0.check(report, context: context) }
            .sorted { ($0.range.start, $0.ruleID) < ($1.range.start, $1.ruleID) }
    }

    static func check(text: String, format: InputFormat = .text, options: [String: RuleOptions] = [:]) -> [Diagnostic] {
        check(ReportReader.read(text: text, path: "draft.txt", format: format).report, options: options)
    }

    static func seed(_ prefix: String) throws -> Report {
        try ReportReader.read(contentsOf: Seeds.url(prefix), displayPath: "seed-\(prefix).txt").report
    }

    static func fixture(_ name: String) throws -> Report {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try ReportReader.read(contentsOf: url, displayPath: name).report
    }
}

import Testing
