import Foundation
import ReportLinting
import ReportPluginKit
import ReportReading
import Testing
import TestSupport

/// The lint JSON the server sends is streamed straight to bytes; it must equal, byte for byte, the
/// same findings built as a `JSONValue` tree (the form the page JSON embeds) and serialized.
@Suite struct LintJSONStreamingTests {
    /// The lint JSON as a `JSONValue` tree, as `JSONLintFormatter` built it before it streamed.
    static func tree(_ run: LintRun) -> String {
        let counts = run.counts
        return JSONValue.object([
            ("files", .array(run.files.map { file in
                .object([
                    ("path", .string(file.path)),
                    ("diagnostics", .array(file.diagnostics.map { JSONLintFormatter.json($0, locator: file.paragraphLocator) })),
                ])
            })),
            ("summary", .object([
                ("files", .int(run.files.count)), ("errors", .int(counts.errors)),
                ("warnings", .int(counts.warnings)), ("infos", .int(counts.infos)),
            ])),
        ]).serialized() + "\n"
    }

    static func run(_ text: String, path: String) -> LintRun {
        let document = ReportReader.read(text: text, path: path, format: .text)
        let engine = LintEngine(rules: ServerTestSupport.registry.rules)
        let result = FileLinter(engine: engine).lint(document, path: path, configuration: .standard).result
        return LintRun(files: [result])
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage), arguments: ["001", "002"])
    func seedsStreamAsTheTreeSerializes(seed: String) throws {
        let text = try String(contentsOf: Seeds.url(seed), encoding: .utf8)
        let run = Self.run(text, path: "seed.txt")
        #expect(!run.files[0].diagnostics.isEmpty)
        let streamed = JSONLintFormatter().format(run)
        #expect(streamed == Self.tree(run))
        #expect(JSONLintFormatter().formatUTF8(run) == Array(streamed.utf8))
    }

    /// `reportkit lint --format json` writes the JSON in chunks as it goes; joined, they are the
    /// bytes `formatUTF8` builds whole. A long run is cut into several chunks, none of them huge.
    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func chunksJoinToTheWholeOutput() throws {
        let text = try String(contentsOf: Seeds.url("001"), encoding: .utf8)
        let run = Self.run(String(repeating: text + "\n", count: 8), path: "long.txt")
        var chunks: [[UInt8]] = []
        JSONLintFormatter().write(run) { chunks.append(Array($0)) }
        let whole = JSONLintFormatter().formatUTF8(run)
        #expect(chunks.joined().elementsEqual(whole))
        #expect(chunks.count > 5)
        #expect(chunks.allSatisfy { $0.count < 80 * 1024 })
    }

    @Test func escapesMatchTheTree() throws {
        // A name with every escaped kind: quote, backslash, tab, a control character, U+2028/U+2029,
        // and a lone E2 lead byte's neighbours (“” are E2 80 9C/9D and must pass unescaped).
        let path = "草稿\"引号\\斜杠\t制表\u{01}控制\u{2028}行\u{2029}段“引”.txt"
        let text = "一、总体情况\n　　本县2023年教育经费投入12亿元,同比增长5%.\n\n二、存在问题\n　　一是投入不足。\n"
        let run = Self.run(text, path: path)
        #expect(!run.files[0].diagnostics.isEmpty)
        let streamed = JSONLintFormatter().format(run)
        #expect(streamed == Self.tree(run))
        #expect(streamed.contains(#""path": "草稿\"引号\\斜杠\t制表\u0001控制\u2028行\u2029段“引”.txt""#))
        let decoded = try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [String: Any]
        let files = try #require(decoded?["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == path)
    }

    @Test func emptyRunAndNegativeNumbers() {
        #expect(JSONLintFormatter().format(LintRun(files: [])) == Self.tree(LintRun(files: [])))
        let value = JSONValue.object([("n", .int(-1234567890)), ("z", .int(0)), ("m", .int(Int.min)), ("a", .array([])), ("o", .object([]))])
        #expect(value.serialized() == "{\n  \"n\": -1234567890,\n  \"z\": 0,\n  \"m\": \(Int.min),\n  \"a\": [],\n  \"o\": {}\n}")
    }
}
