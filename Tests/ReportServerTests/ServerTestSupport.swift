import DocumentRules
import DocxWriter
import FigureRules
import Foundation
import Testing
import Hummingbird
import MarkdownWriter
import NumberingRules
import PlainTextWriter
import ReportPluginKit
import ReportServer
import StructureRules
import TypographyRules
import WordingRules
import XLSXWriter

/// The built-in plugins (as the CLI registers them) and helpers to drive the server's router.
enum ServerTestSupport {
    static let registry = PluginRegistry(
        rules: StructureRules.all + NumberingRules.all + TypographyRules.all + DocumentRules.all + FigureRules.all
            + WordingRules.all,
        writers: [MarkdownWriter(), PlainTextWriter(), XLSXReportWriter(), DocxWriter()])

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
