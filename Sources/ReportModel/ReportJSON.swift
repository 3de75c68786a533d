import Foundation

/// The report's JSON form, as `reportkit parse --format json` prints it and out-of-process plugins
/// read it: sorted keys, so that the same report always gives the same text.
public enum ReportJSON {
    public static func encode(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    public static func decode(_ data: Data) throws -> Report {
        try JSONDecoder().decode(Report.self, from: data)
    }
}
