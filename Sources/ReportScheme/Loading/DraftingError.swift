import ReportModel

/// Why a template or a district's data could not be used, in Chinese, naming the file, line and column.
///
/// The error of the scheme loader and of drafting (which reads its data with the same YAML node
/// reader); printed in the one `LocatedError` form.
public struct DraftingError: LocatedError, Sendable, Equatable {
    /// The file as the user named it.
    public var path: String
    /// 1-based line, when the problem has a place.
    public var line: Int?
    /// 1-based column in Characters, when known.
    public var column: Int?
    /// What is wrong, in Chinese.
    public var detail: String

    public init(path: String, line: Int? = nil, column: Int? = nil, detail: String) {
        self.path = path
        self.line = line
        self.column = column
        self.detail = detail
    }
}

/// Every problem found in a data file at once (a workbook is checked whole, so that the district
/// mends all its cells in one go), one line each.
public struct DraftingErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [DraftingError]

    public init(_ errors: [DraftingError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
