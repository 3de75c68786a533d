import Foundation
import Hummingbird

/// Reads an upload from a request: the raw body, named by `?name=` or the `X-Filename` header.
/// Bodies over 20 MB are refused (413) before they are read in full.
enum UploadDecoder {
    static let fileNameHeader = FieldName("X-Filename")!

    static func upload(from request: Request) async throws -> Upload {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Upload.maximumSize {
            throw ServerError.tooLarge
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Upload.maximumSize)
        } catch {
            throw ServerError.tooLarge
        }
        let name = request.uri.queryParameters["name"].map(String.init)
            ?? request.headers[fileNameHeader].map { $0.removingPercentEncoding ?? $0 }
        return try Upload(data: Data(buffer: buffer), name: name)
    }
}
