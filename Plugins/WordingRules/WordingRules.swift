import ReportPluginKit

/// The wording rules: official formulations and organisation names written exactly, and the words
/// that style guides for official documents list as commonly misused.
public enum WordingRules {
    /// Every rule of this family, in the order `reportkit rules` lists them.
    public static let all: [any ReportRule] = [FormulationRule(), MisusedWordRule()]
}
