import Foundation
import Hummingbird

/// The page's files, shipped in the package's `Resources` folder. Only names in the fixed list are
/// served, so no request can reach any other file.
enum StaticResources {
    static let files: [String: String] = [
        "index.html": "text/html; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
        "style.css": "text/css; charset=utf-8",
    ]

    static func response(for name: String) throws -> Response {
        guard let type = files[name] else { throw ServerError.notFound }
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil),
              let data = try? Data(contentsOf: url)
        else { throw ServerError(status: 500, message: "页面文件缺失，请重新安装 reportkit") }
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
