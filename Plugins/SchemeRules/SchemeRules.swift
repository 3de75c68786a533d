import ReportPluginKit

/// The scheme-coverage rules: they check a draft against an evaluation scheme when lint is given one.
public enum SchemeRules {
    /// Every rule of this family, in the order `reportkit rules` lists them.
    public static let all: [any ReportRule] = [PointMissingRule(), SchemeOrderRule(), SchemeCitationRule()]
}
