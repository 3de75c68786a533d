import Foundation
import Testing
import Hummingbird
import ReportKitBuiltins
import ReportPluginKit
import ReportServer

/// The built-in plugins (the list the CLI registers) and helpers to drive the server's router.
enum ServerTestSupport {
    static let registry = BuiltinPlugins.registry

    static func server() -> TestServer {
        TestServer(ReportServerApp.router(registry: registry))
    }

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static func text(_ buffer: ByteBuffer) -> String {
        buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) ?? ""
    }

    static func data(_ buffer: ByteBuffer) -> Data {
        Data(buffer.readableBytesView)
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: data(buffer))
        return try #require(object as? [String: Any])
    }
}

extension ByteBuffer {
    init(data: Data) {
        self.init(bytes: data)
    }
}
