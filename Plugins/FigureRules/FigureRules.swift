import ReportPluginKit

/// The figure rules: totals and parts, growth rates, and the indicator table's subtotals and targets.
public enum FigureRules {
    /// Every rule of this plugin, for the CLI's registry.
    public static let all: [any ReportRule] = [
        ArithmeticSumRule(),
        GrowthRateRule(),
        IndicatorSubtotalRule(),
        TargetUnmetRule(),
        UnmetNotAddressedRule(),
        PercentagePointRule(),
        FigureUnitRule(),
    ]
}
