import Foundation

/// A data-entry workbook described independently of any spreadsheet library: sheets of a header row
/// and data rows, each column with the kind of value it takes and a hint for whoever fills it in.
/// `ReportDrafting` describes the district's data form this way; a `DataEntryFormWriter` (the XLSX
/// plugin) lays it out, and the drafter reads the filled file back by the same description.
public struct DataEntryForm: Sendable, Equatable {
    public var title: String
    public var sheets: [Sheet]

    public init(title: String, sheets: [Sheet]) {
        self.title = title
        self.sheets = sheets
    }

    /// What a column takes; numbers and years get data validation.
    public enum ColumnKind: Sendable, Equatable {
        /// Free text.
        case text
        /// Long free text (several paragraphs, one a line): wide, wrapped.
        case longText
        /// A number (a count, an amount, a rate), not negative.
        case number
        /// A year (2000–2100).
        case year
        /// Shown to the person filling in, never read back (scheme titles, keywords).
        case reference
        /// A result (a summary's cells): plain, not validated.
        case result
    }

    public struct Column: Sendable, Equatable {
        public var header: String
        public var kind: ColumnKind
        /// Width in characters of the default font.
        public var width: Double
        /// Shown as a comment on the header cell.
        public var hint: String?

        public init(_ header: String, kind: ColumnKind, width: Double, hint: String? = nil) {
            self.header = header
            self.kind = kind
            self.width = width
            self.hint = hint
        }
    }

    /// A cell's content, written as text or as a number shown with `fractionDigits` digits.
    public enum Cell: Sendable, Equatable {
        case empty
        case text(String)
        case number(Decimal, fractionDigits: Int)
    }

    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        /// Cells of this row that take one of a few values, by column (0-based): a dropdown list
        /// (`文种`: 函 or 报告); anything else typed there is refused by the spreadsheet.
        public var choices: [Int: [String]]

        public init(_ cells: [Cell], choices: [Int: [String]] = [:]) {
            self.cells = cells
            self.choices = choices
        }
    }

    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var columns: [Column]
        public var rows: [Row]
        /// Rows left blank after the data rows for more entries, formatted for entry.
        public var spareRows: Int
        /// Whether the sheet is protected so that only entry cells can be changed (a summary is not).
        public var isProtected: Bool

        public init(name: String, columns: [Column], rows: [Row], spareRows: Int = 0, isProtected: Bool = true) {
            self.name = name
            self.columns = columns
            self.rows = rows
            self.spareRows = spareRows
            self.isProtected = isProtected
        }
    }
}

/// Writes a `DataEntryForm` to `destination` (a temporary file the caller renames into place).
public protocol DataEntryFormWriter: Sendable {
    /// The file extension of the output, without the dot.
    var fileExtension: String { get }
    func write(_ form: DataEntryForm, to destination: URL) throws
}
