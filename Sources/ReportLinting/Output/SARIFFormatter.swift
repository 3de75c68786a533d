import Foundation
import ReportModel
import ReportPluginKit

/// `lint --format sarif`: a SARIF 2.1.0 log with one run, so that code-review tools can show the
/// findings. Columns are Characters, which SARIF calls `unicodeCodePoints` for Chinese text.
public struct SARIFFormatter: Sendable {
    /// The built-in rules, described in `tool.driver.rules`.
    public var rules: [RuleMetadata]
    public var version: String

    public init(rules: [RuleMetadata], version: String = "0.1.0") {
        self.rules = rules
        self.version = version
    }

    public func format(_ run: LintRun) -> String {
        var bytes: [UInt8] = []
        write(run) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same text handed to `chunk` a piece at a time (about 64 KB each), one result after
    /// another, so that the log of a long run is never held whole (`reportkit lint --format sarif`).
    public func write(_ run: LintRun, chunk: (UnsafeBufferPointer<UInt8>) -> Void) {
        var writer = JSONWriter(capacity: Self.chunkSize + 4096)
        writer.beginObject()
        writer.key(ascii: "$schema")
        writer.string("https://json.schemastore.org/sarif-2.1.0.json")
        writer.key(ascii: "version")
        writer.string("2.1.0")
        writer.key(ascii: "runs")
        writer.beginArray()
        writer.nextItem()
        writer.beginObject()
        writer.key(ascii: "tool")
        JSONValue.object([("driver", .object([
            ("name", .string("reportkit")),
            ("version", .string(version)),
            ("rules", .array(descriptors(run))),
        ]))]).write(to: &writer)
        writer.key(ascii: "columnKind")
        writer.string("unicodeCodePoints")
        writer.key(ascii: "results")
        writer.beginArray()
        for file in run.files {
            let uri = Self.uri(file.path)
            for diagnostic in file.diagnostics {
                writer.nextItem()
                Self.writeResult(diagnostic, uri: uri, to: &writer)
                if writer.pendingCount >= Self.chunkSize { writer.drain(into: chunk) }
            }
        }
        writer.endArray()
        writer.endObject()
        writer.endArray()
        writer.endObject()
        writer.raw(UInt8(ascii: "\n"))
        writer.drain(into: chunk)
    }

    private static let chunkSize = 64 * 1024

    /// The built-in rules, then each other rule a finding names (an unreadable file, a plugin's).
    private func descriptors(_ run: LintRun) -> [JSONValue] {
        var descriptors = rules.map { rule in
            Self.descriptor(id: rule.id, title: rule.title, rationale: rule.rationale, level: rule.defaultSeverity)
        }
        var described = Set(rules.map(\.id))
        for file in run.files {
            for diagnostic in file.diagnostics where !described.contains(diagnostic.ruleID) {
                described.insert(diagnostic.ruleID)
                let isUnreadable = diagnostic.ruleID == FileLintResult.unreadableRuleID
                descriptors.append(Self.descriptor(
                    id: diagnostic.ruleID, title: isUnreadable ? "无法读取的输入文件" : "外部插件规则",
                    rationale: isUnreadable ? "文件不存在、无法解码或格式不受支持，未能检查。" : "由外部插件（--plugin）报告的问题。",
                    level: diagnostic.severity))
            }
        }
        return descriptors
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func descriptor(id: String, title: String, rationale: String, level severity: Severity) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("shortDescription", .object([("text", .string(title))])),
            ("fullDescription", .object([("text", .string(rationale))])),
            ("defaultConfiguration", .object([("level", .string(level(severity)))])),
        ])
    }

    /// One result, written straight through the writer (a run may have a million: no value tree is
    /// built for each). Keys in SARIF's documented order: ruleId, level, message, locations, fixes.
    private static func writeResult(_ diagnostic: Diagnostic, uri: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "ruleId")
        writer.string(diagnostic.ruleID)
        writer.key(ascii: "level")
        writer.string(level(diagnostic.severity))
        writer.key(ascii: "message")
        writeText(diagnostic.message, to: &writer)
        writer.key(ascii: "locations")
        writer.beginArray()
        writer.nextItem()
        writer.beginObject()
        writer.key(ascii: "physicalLocation")
        writer.beginObject()
        writeArtifact(uri, to: &writer)
        writer.key(ascii: "region")
        writeRegion(diagnostic.range, to: &writer)
        writer.endObject()
        writer.endObject()
        writer.endArray()
        if let fix = diagnostic.fix {
            writer.key(ascii: "fixes")
            writer.beginArray()
            writer.nextItem()
            writer.beginObject()
            writer.key(ascii: "description")
            writeText("替换为“\(fix.replacement)”", to: &writer)
            writer.key(ascii: "artifactChanges")
            writer.beginArray()
            writer.nextItem()
            writer.beginObject()
            writeArtifact(uri, to: &writer)
            writer.key(ascii: "replacements")
            writer.beginArray()
            writer.nextItem()
            writer.beginObject()
            writer.key(ascii: "deletedRegion")
            writeRegion(fix.range, to: &writer)
            writer.key(ascii: "insertedContent")
            writeText(fix.replacement, to: &writer)
            writer.endObject()
            writer.endArray()
            writer.endObject()
            writer.endArray()
            writer.endObject()
            writer.endArray()
        }
        writer.endObject()
    }

    /// `{"text": …}`, SARIF's message object.
    private static func writeText(_ text: String, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "text")
        writer.string(text)
        writer.endObject()
    }

    /// `"artifactLocation": {"uri": …}`.
    private static func writeArtifact(_ uri: String, to writer: inout JSONWriter) {
        writer.key(ascii: "artifactLocation")
        writer.beginObject()
        writer.key(ascii: "uri")
        writer.string(uri)
        writer.endObject()
    }

    private static func writeRegion(_ range: SourceRange, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.members(of: range, .sarif)
        writer.endObject()
    }

    /// A relative URI reference for the path as given (spaces and non-ASCII percent-encoded).
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
