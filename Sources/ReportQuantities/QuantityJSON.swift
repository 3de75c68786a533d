import Foundation
import ReportModel

/// The report's JSON form with its figures: exactly what `ReportJSON.encode` writes, plus a
/// top-level `"quantities"` key holding the `QuantityAnalysis` (`{"quantities": […], "statements": […]}`).
///
/// Out-of-process plugins read this on stdin; a reader that only knows the report ignores the
/// extra key, and `ReportJSON.decode` still reads the report from it.
public enum QuantityJSON {
    /// The key the analysis is written under.
    public static let key = "quantities"

    public static func encode(_ report: Report, analysis: QuantityAnalysis? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let annotated = Annotated(report: report, analysis: analysis ?? QuantityAnalysis.analyze(report))
        return String(decoding: try encoder.encode(annotated), as: UTF8.self)
    }

    /// The analysis in such a JSON text (nil when it has none).
    public static func decodeAnalysis(_ data: Data) throws -> QuantityAnalysis? {
        try JSONDecoder().decode(AnalysisOnly.self, from: data).quantities
    }

    private enum Key: String, CodingKey { case quantities }

    private struct Annotated: Encodable {
        var report: Report
        var analysis: QuantityAnalysis

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(analysis, forKey: .quantities)
        }
    }

    private struct AnalysisOnly: Decodable {
        var quantities: QuantityAnalysis?
    }
}
