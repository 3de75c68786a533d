import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities

/// How far written figures may stray from each other: by default half a unit in the last written
/// place of each figure (`5.77` stands for 5.765…5.775). The `tolerance` option scales that
/// allowance: `2` accepts a whole unit in the last place, `0` demands exact agreement.
struct Tolerance: Sendable {
    let factor: Decimal
    /// `factor` in the fast exact arithmetic (nil when it does not fit: then every check uses `Decimal`).
    let exactFactor: ScaledDecimal?

    init(factor: Decimal = 1) {
        self.factor = factor
        self.exactFactor = ScaledDecimal(factor)
    }

    /// The tolerance configured for `ruleID`, or the default.
    init(options: RuleOptions) {
        if let number = options.number("tolerance"), number >= 0, number.isFinite,
           let decimal = Decimal(string: String(number)) {
            self.init(factor: decimal)
        } else {
            self.init(factor: 1)
        }
    }
}
