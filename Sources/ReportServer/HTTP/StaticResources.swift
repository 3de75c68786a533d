import Hummingbird

/// The page's files, compiled into the binary from the package's `Resources` folder. Only names in
/// the fixed list are served, so no request can reach any other file.
enum StaticResources {
    static let files: [String: (type: String, bytes: [UInt8])] = [
        "index.html": ("text/html; charset=utf-8", PackageResources.index_html),
        "app.js": ("text/javascript; charset=utf-8", PackageResources.app_js),
        "style.css": ("text/css; charset=utf-8", PackageResources.style_css),
    ]

    static func response(for name: String) throws -> Response {
        guard let file = files[name] else { throw ServerError.notFound }
        return Response(
            status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
