import Foundation

/// Why a draft could not be read, said in Chinese with the file (and line, where one applies).
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case notFound, isDirectory, unreadable, empty, binary, undecodable, unsupportedFormat, malformed
    }

    public var kind: Kind
    public var path: String
    public var line: Int?
    public var detail: String

    public init(_ kind: Kind, path: String, line: Int? = nil, detail: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.detail = detail
    }

    /// `draft.txt:12: 无法解码…` — the form every command prints.
    public var description: String {
        if let line { return "\(path):\(line): \(detail)" }
        return "\(path): \(detail)"
    }
}
