import ReportModel
import ReportPluginKit
import ReportQuantities

/// The figures of the report being linted, read once for all figure rules: a lint engine may pass
/// them in `RuleContext.extensions` under `QuantityAnalysis.contextKey`; otherwise the first rule
/// that needs them reads them and the others of the same run reuse that reading.
enum SharedAnalysis {
    /// The key of a precomputed `QuantityAnalysis` in `RuleContext.extensions`.
    static let key = SharedKey<QuantityAnalysis>(QuantityAnalysis.contextKey)

    static func analysis(of report: Report, context: RuleContext) -> QuantityAnalysis {
        context.shared(key, of: report) { QuantityAnalysis.analyze(report) }
    }

    static func statements(of report: Report, context: RuleContext) -> [QuantityStatement] {
        analysis(of: report, context: context).statements
    }
}
