import ReportModel

/// Why a `.reportkit.yml` could not be used, in Chinese, naming the file and the line.
public struct ConfigurationError: LocatedError, Sendable, Equatable {
    public var path: String
    public var line: Int?
    public var detail: String

    public init(path: String, line: Int? = nil, detail: String) {
        self.path = path
        self.line = line
        self.detail = detail
    }
}
