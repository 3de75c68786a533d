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

/// Where a value was written in the data file: a line and column of YAML, or a row and column of a
/// workbook's sheet (`sheet` set, `line` the 1-based row, `column` the 1-based column).
public struct DataLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int
    /// The worksheet, for data read from a workbook.
    public var sheet: String?

    public init(line: Int, column: Int, sheet: String? = nil) {
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `工作表“指标”第7行D列` for a workbook cell.
    public var cellDescription: String? {
        guard let sheet else { return nil }
        return "工作表“\(sheet)”第\(line)行\(Self.columnLetters(column))列"
    }

    /// `1` → `A`, `27` → `AA`.
    static func columnLetters(_ column: Int) -> String {
        var column = column, letters = ""
        while column > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + letters
            column = (column - 1) / 26
        }
        return letters
    }
}
