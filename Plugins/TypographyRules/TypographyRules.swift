import ReportPluginKit

/// The typography rules: placeholders left in, half-width punctuation, hyphen ranges, unpaired and
/// repeated punctuation (GB/T 15834—2011).
public enum TypographyRules {
    /// Every rule of this family, in the order `reportkit rules` lists them.
    public static let all: [any ReportRule] = [
        UnfilledPlaceholderRule(), HalfWidthPunctuationRule(), RangeDashRule(), UnpairedPunctuationRule(),
        RepeatedPunctuationRule(), FigurePlaceholderRule(), NestedTitleMarkRule(),
    ]
}
