import ReportModel

/// A request the server refuses, with the HTTP status and a Chinese message for the page.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    public var status: Int
    public var message: String

    public init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    public static func badRequest(_ message: String) -> ServerError { ServerError(status: 400, message: message) }

    public static let tooLarge = ServerError(status: 413, message: "上传的文件超过 20 MB，无法处理；请删去图片等附件后再试")
    public static let notFound = ServerError(status: 404, message: "没有这个页面或接口")
    public static let timeout = ServerError(status: 503, message: "处理超时，请稍后再试或上传较小的草稿")
    public static let notFromThePage = ServerError(
        status: 403, message: "只接受本机 reportkit 页面发出的请求（缺少 X-ReportKit 请求头）；请在浏览器中打开 reportkit serve 显示的地址使用")
}

extension ServerError {
    /// `{"error": "…"}` and a newline, the body of every refusal, written like every other JSON output.
    var jsonBody: [UInt8] {
        var writer = JSONWriter(capacity: 64 + message.utf8.count)
        writer.beginObject()
        writer.key(ascii: "error")
        writer.string(message)
        writer.endObject()
        writer.raw(UInt8(ascii: "\n"))
        return writer.bytes
    }
}
