import Foundation
import ReportModel

/// Why a draft could not be read, said in Chinese with the file (and line, where one applies).
public struct ReadError: LocatedError, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case notFound, isDirectory, unreadable, empty, binary, undecodable, unsupportedFormat, malformed, tooLarge
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
}
