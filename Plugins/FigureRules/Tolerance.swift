import Foundation
import ReportPluginKit

/// How far written figures may stray from each other: by default half a unit in the last written
/// place of each figure (`5.77` stands for 5.765…5.775). The `tolerance` option scales that
/// allowance: `2` accepts a whole unit in the last place, `0` demands exact agreement.
struct Tolerance: Sendable {
    var factor: Decimal

    init(factor: Decimal = 1) { self.factor = factor }

    /// The tolerance configured for `ruleID`, or the default.
    init(options: RuleOptions) {
        if let number = options.number("tolerance"), number >= 0, number.isFinite,
           let decimal = Decimal(string: String(number)) {
            self.factor = decimal
        } else {
            self.factor = 1
        }
    }
}
