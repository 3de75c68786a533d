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
        try SortedJSONEncoder.string(Annotated(report: report, analysis: analysis ?? QuantityAnalysis.analyze(report)))
    }

    /// The same text as UTF-8 bytes, for a plugin's stdin.
    public static func data(_ report: Report, analysis: QuantityAnalysis? = nil) throws -> Data {
        try SortedJSONEncoder.data(Annotated(report: report, analysis: analysis ?? QuantityAnalysis.analyze(report)))
    }

    /// The same text handed to `sink` in chunks as it is made, so that a long report's JSON is never
    /// held whole (`reportkit parse --format json`).
    public static func write(
        _ report: Report, analysis: QuantityAnalysis? = nil, layout: JSONWriter.Layout = .indented,
        to sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        try SortedJSONEncoder.write(
            Annotated(report: report, analysis: analysis ?? QuantityAnalysis.analyze(report)), layout: layout, to: sink)
    }

    /// The analysis in such a JSON text (nil when it has none).
    public static func decodeAnalysis(_ data: Data) throws -> QuantityAnalysis? {
        try JSONDecoder().decode(AnalysisOnly.self, from: data).quantities
    }

    private enum Key: String, CodingKey { case quantities }

    /// The same text made through the `Encodable` conformances alone (no `JSONWritable` writing):
    /// what tests hold the direct writing to.
    package static func codableData(
        _ report: Report, analysis: QuantityAnalysis? = nil, layout: JSONWriter.Layout = .indented
    ) throws -> Data {
        try SortedJSONEncoder.codableData(
            Annotated(report: report, analysis: analysis ?? QuantityAnalysis.analyze(report)), layout: layout)
    }

    private struct Annotated: JSONWritable {
        var report: Report
        var analysis: QuantityAnalysis

        func writeJSON(to writer: inout JSONWriter) {
            report.writeJSON(to: &writer, extraKey: QuantityJSON.key) { analysis.writeJSON(to: &$0) }
        }

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
