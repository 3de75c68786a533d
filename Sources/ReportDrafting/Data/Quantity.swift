import Foundation
import ReportModel

/// An exact number as written in the data, keeping its digits after the point (`24.10` has 2).
public struct Quantity: Hashable, Sendable {
    public var value: Decimal
    public var fractionDigits: Int

    public init(_ value: Decimal, fractionDigits: Int = 0) {
        self.value = value
        self.fractionDigits = fractionDigits
    }

    /// The number written with its digits.
    public var text: String { value.formatted(fractionDigits: fractionDigits) }
}

/// Where a value was written in the data file.
public struct DataLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
