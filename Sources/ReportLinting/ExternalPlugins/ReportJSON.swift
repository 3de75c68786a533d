import Foundation
import ReportModel

/// The report's JSON form, the model's `Codable` encoding with sorted keys: what `parse --format json`
/// prints and what out-of-process plugins read.
public enum ReportJSON {
    public static func encode(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }
}
