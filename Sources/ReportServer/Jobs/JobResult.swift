import Foundation

/// What a job produced: a JSON answer, a file to download, or a refusal with a Chinese message.
///
/// A child process writes it to stdout as one line of JSON (`Head`) followed by the body's bytes,
/// so that a body of any size passes without being escaped.
public struct JobResult: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    /// Set for downloads: the name the browser should save the file under.
    public var fileName: String?
    /// Extra response headers (such as `X-Fixes-Applied`).
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int = 200, contentType: String, fileName: String? = nil, headers: [String: String] = [:], body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.fileName = fileName
        self.headers = headers
        self.body = body
    }

    static let jsonType = "application/json; charset=utf-8"

    /// A 200 JSON answer.
    static func json(_ bytes: [UInt8]) -> JobResult { JobResult(contentType: jsonType, body: bytes) }

    /// A refusal: `{"error": "…"}` with the error's status.
    public static func failure(_ error: ServerError) -> JobResult {
        JobResult(status: error.status, contentType: jsonType, body: error.jsonBody)
    }

    /// The first line a child writes: everything but the body.
    struct Head: Codable {
        var status: Int
        var contentType: String
        var fileName: String?
        var headers: [String: String]
        var bodyLength: Int
    }

    /// The result as a child writes it: the head, a newline, the body.
    public func encoded() -> [UInt8] {
        let head = Head(status: status, contentType: contentType, fileName: fileName, headers: headers, bodyLength: body.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = Array((try? encoder.encode(head)) ?? Data("{}".utf8))
        bytes.append(UInt8(ascii: "\n"))
        bytes += body
        return bytes
    }

    /// Reads what `encoded()` wrote; nil unless the head is whole and the body has its declared length
    /// (a child that died half-way is never taken for a short answer).
    public init?(encoded bytes: [UInt8]) {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let head = try? JSONDecoder().decode(Head.self, from: Data(bytes[..<newline])),
              bytes.count - newline - 1 == head.bodyLength
        else { return nil }
        self.init(status: head.status, contentType: head.contentType, fileName: head.fileName, headers: head.headers,
                  body: Array(bytes[(newline + 1)...]))
    }
}
