import ReportPluginKit

/// The rules on a document's formal elements: the 发文字号 and dates (GB/T 9704—2012).
public enum DocumentRules {
    /// Every rule of this family, in the order `reportkit rules` lists them.
    public static let all: [any ReportRule] = [
        DocumentNumberFormatRule(), InvalidDateRule(), DateFormatRule(), IncompleteDateRule(), YearMismatchRule(),
        SelfScoreRule(),
    ]
}
