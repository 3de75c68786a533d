/// The cells of one worksheet as a workbook stores them, before any meaning is given to them.
public struct SpreadsheetSheet: Sendable {
    /// A cell's content: text (shared, inline or formula string), a number as written in the XML
    /// (`93.4`, `45218`) with its cell's number format code (`0.00`, `yyyy"年"m"月"d"日"`; nil for
    /// General), a boolean, or an error value (`#DIV/0!`).
    public enum Value: Sendable, Equatable {
        case text(String)
        case number(String, format: String?)
        case boolean(Bool)
        case error(String)
    }

    /// A 1-based row and column (`B3` is row 3, column 2).
    public struct Address: Hashable, Sendable, Comparable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }

        public static func < (lhs: Address, rhs: Address) -> Bool {
            (lhs.row, lhs.column) < (rhs.row, rhs.column)
        }

        /// `B3` → row 3, column 2; nil for anything else.
        public init?(reference: String) {
            var column = 0, row = 0, letters = 0, digits = 0
            for scalar in reference.unicodeScalars {
                switch scalar.value {
                case 0x41...0x5A where digits == 0:
                    column = column * 26 + Int(scalar.value - 0x40)
                    letters += 1
                case 0x30...0x39 where letters > 0:
                    row = row * 10 + Int(scalar.value - 0x30)
                    digits += 1
                default:
                    return nil
                }
                guard letters <= 3, digits <= 7 else { return nil }
            }
            guard letters > 0, digits > 0, row > 0 else { return nil }
            self.init(row: row, column: column)
        }

        /// The column's letters (`1` → `A`, `27` → `AA`).
        public static func columnName(_ column: Int) -> String {
            var column = column, letters = ""
            while column > 0 {
                let remainder = (column - 1) % 26
                letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
                column = (column - 1) / 26
            }
            return letters
        }
    }

    public var name: String
    public var cells: [Address: Value]

    public init(name: String, cells: [Address: Value] = [:]) {
        self.name = name
        self.cells = cells
    }

    /// The last row holding a cell.
    public var lastRow: Int { cells.keys.map(\.row).max() ?? 0 }

    /// The rows holding a cell, in order: what a reader walks, however far down a stray cell sits.
    public var occupiedRows: [Int] { Set(cells.keys.map(\.row)).sorted() }

    public subscript(row: Int, column: Int) -> Value? { cells[Address(row: row, column: column)] }
}
