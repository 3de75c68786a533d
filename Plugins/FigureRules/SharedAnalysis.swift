import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities

/// The figures of the report being linted, read once for all figure rules.
///
/// A lint engine may read them itself and pass them in `RuleContext.extensions` under
/// `QuantityAnalysis.contextKey`; otherwise the first rule that needs them reads them and the others
/// reuse that reading while they check the same report (compared with `==`, which is quick for the
/// same value because its arrays and strings share storage).
enum SharedAnalysis {
    /// The key of a precomputed `QuantityAnalysis` in `RuleContext.extensions`.
    static let contextKey = QuantityAnalysis.contextKey

    private final class Memo: @unchecked Sendable {
        let lock = NSLock()
        var report: Report?
        var analysis: QuantityAnalysis?
    }

    private static let memo = Memo()

    static func analysis(of report: Report, context: RuleContext) -> QuantityAnalysis {
        if let given = context.extensions[contextKey] as? QuantityAnalysis { return given }
        memo.lock.lock()
        if let cached = memo.analysis, memo.report == report {
            memo.lock.unlock()
            return cached
        }
        memo.lock.unlock()
        let analysis = QuantityAnalysis.analyze(report)
        memo.lock.lock()
        memo.report = report
        memo.analysis = analysis
        memo.lock.unlock()
        return analysis
    }

    static func statements(of report: Report, context: RuleContext) -> [QuantityStatement] {
        analysis(of: report, context: context).statements
    }
}
