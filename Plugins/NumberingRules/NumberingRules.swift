import ReportModel
import ReportPluginKit

/// The numbering rules: gaps and repeats in the outline's ordinals, and marker forms (GB/T 9704).
public enum NumberingRules {
    /// Every rule of this family, in the order `reportkit rules` lists them.
    public static let all: [any ReportRule] = [NumberingGapRule(), NumberingStyleRule(), MalformedMarkerRule()]
}
