import Foundation
import Hummingbird

/// Builds the server's responses: JSON, downloadable files and Chinese JSON errors.
enum Responses {
    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        json(body: ByteBuffer(string: text), status: status)
    }

    static func json(bytes: [UInt8], status: HTTPResponse.Status) -> Response {
        json(body: ByteBuffer(bytes: bytes), status: status)
    }

    private static func json(body: ByteBuffer, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: body))
    }

    /// `{"error": "…"}` with the given status.
    static func error(_ error: ServerError) -> Response {
        json(bytes: error.jsonBody, status: HTTPResponse.Status(code: error.status))
    }

    /// A job's result: JSON, a download (when it names a file) or a refusal.
    static func response(for result: JobResult) -> Response {
        var response: Response
        if let fileName = result.fileName {
            response = file(Data(result.body), contentType: result.contentType, fileName: fileName)
            response.status = HTTPResponse.Status(code: result.status)
        } else {
            response = Response(
                status: HTTPResponse.Status(code: result.status),
                headers: [.contentType: result.contentType, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: result.body)))
        }
        for (name, value) in result.headers.sorted(by: { $0.key < $1.key }) {
            if let field = FieldName(name) { response.headers[field] = value }
        }
        return response
    }

    /// A download: RFC 6266 filename* so Chinese names survive, plus an ASCII fallback.
    static func file(_ data: Data, contentType: String, fileName: String) -> Response {
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? "report"
        let ext = (fileName as NSString).pathExtension
        let disposition = "attachment; filename=\"report.\(ext)\"; filename*=UTF-8''\(encoded)"
        return Response(
            status: .ok,
            headers: [.contentType: contentType, .contentDisposition: disposition, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// A header name (`HTTPField.Name`, reached through the `HTTPFields` that Hummingbird exports).
typealias FieldName = HTTPFields.Element.Name
