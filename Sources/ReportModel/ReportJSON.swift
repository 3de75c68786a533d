import Foundation

/// The report's JSON form, as `reportkit parse --format json` prints it and out-of-process plugins
/// read it: sorted keys, so that the same report always gives the same text.
public enum ReportJSON {
    /// The same text `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
    /// made by `SortedJSONEncoder` without a tree of the whole report.
    public static func encode(_ report: Report) throws -> String {
        try SortedJSONEncoder.string(report)
    }

    public static func decode(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }
}
