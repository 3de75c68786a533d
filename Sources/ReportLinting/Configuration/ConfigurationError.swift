/// Why a `.reportkit.yml` could not be used, in Chinese, naming the file and the line.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var detail: String

    public init(path: String, line: Int? = nil, detail: String) {
        self.path = path
        self.line = line
        self.detail = detail
    }

    /// `.reportkit.yml:4: 未知的规则“foo.bar”`.
    public var description: String {
        if let line { return "\(path):\(line): \(detail)" }
        return "\(path): \(detail)"
    }
}
