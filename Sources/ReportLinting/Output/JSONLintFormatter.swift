import ReportModel
import ReportPluginKit
import ReportReading

/// `lint --format json`: the shape in DESIGN.md, keys in this order:
/// `{"files": [{"path", "diagnostics": [{"rule", "severity", "line", "column", "endLine", "endColumn",
/// "message", "fix"?: {"line", "column", "endLine", "endColumn", "replacement"}}]}],
///  "summary": {"files", "errors", "warnings", "infos"}}`. Out-of-process plugins print the same
/// diagnostic form.
public struct JSONLintFormatter: Sendable {
    public init() {}

    public func format(_ run: LintRun) -> String {
        String(decoding: formatUTF8(run), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, written straight through a `JSONWriter` (no `JSONValue` tree):
    /// the server sends these bytes as they are.
    public func formatUTF8(_ run: LintRun) -> [UInt8] {
        var writer = JSONWriter(capacity: 1024 + 512 * run.files.reduce(0) { $0 + $1.diagnostics.count })
        write(run, to: &writer, chunk: nil)
        return writer.bytes
    }

    /// The same bytes handed to `chunk` a piece at a time (about 64 KB each), so that the output of
    /// a very long run is never held whole: `reportkit lint --format json` writes each to stdout.
    public func write(_ run: LintRun, chunk: (UnsafeBufferPointer<UInt8>) -> Void) {
        var writer = JSONWriter(capacity: Self.chunkSize + 4096)
        withoutActuallyEscaping(chunk) { write(run, to: &writer, chunk: $0) }
        writer.drain(into: chunk)
    }

    private static let chunkSize = 64 * 1024

    private func write(_ run: LintRun, to writer: inout JSONWriter, chunk: ((UnsafeBufferPointer<UInt8>) -> Void)?) {
        let counts = run.counts
        writer.beginObject()
        writer.key(ascii: "files")
        writer.beginArray()
        for file in run.files {
            writer.nextItem()
            writer.beginObject()
            writer.key(ascii: "path")
            writer.string(file.path)
            writer.key(ascii: "diagnostics")
            writer.beginArray()
            for diagnostic in file.diagnostics {
                writer.nextItem()
                Self.write(diagnostic, locator: file.paragraphLocator, to: &writer)
                if let chunk, writer.pendingCount >= Self.chunkSize { writer.drain(into: chunk) }
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key(ascii: "summary")
        writer.beginObject()
        writer.key(ascii: "files")
        writer.int(run.files.count)
        writer.key(ascii: "errors")
        writer.int(counts.errors)
        writer.key(ascii: "warnings")
        writer.int(counts.warnings)
        writer.key(ascii: "infos")
        writer.int(counts.infos)
        writer.endObject()
        writer.endObject()
        writer.raw(UInt8(ascii: "\n"))
    }

    /// One diagnostic in the lint JSON form; for a Word document (a `locator`), also where it is in
    /// Word's terms (see `members(of:)`), and a fix's `"offset"`/`"endOffset"` in the paragraph's own
    /// text (the list label excluded); a fix that would change the list label Word displays is left out.
    public static func json(_ diagnostic: Diagnostic, locator: ParagraphLocator? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(diagnostic.ruleID)),
            ("severity", .string(diagnostic.severity.rawValue)),
        ]
        members += position(diagnostic.range)
        if let location = locator?.location(of: diagnostic.range.start) {
            for (key, value) in Self.members(of: location) {
                members.append((key.description, value.int.map(JSONValue.int) ?? .string(value.string ?? "")))
            }
        }
        members.append(("message", .string(diagnostic.message)))
        if let fix = diagnostic.fix, locator?.touchesLabel(fix.range) != true {
            var fixMembers = position(fix.range)
            if let offsets = locator?.textOffsets(of: fix.range) {
                fixMembers += [("offset", .int(offsets.start)), ("endOffset", .int(offsets.end))]
            }
            members.append(("fix", .object(fixMembers + [("replacement", .string(fix.replacement))])))
        }
        return .object(members)
    }

    /// Writes what `json(_:locator:)` gives, member for member, without building it.
    static func write(_ diagnostic: Diagnostic, locator: ParagraphLocator?, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key(ascii: "rule")
        writer.string(diagnostic.ruleID)
        writer.key(ascii: "severity")
        writer.string(diagnostic.severity.rawValue)
        write(diagnostic.range, to: &writer)
        if let location = locator?.location(of: diagnostic.range.start) {
            for (key, value) in members(of: location) {
                writer.key(ascii: key)
                if let int = value.int { writer.int(int) } else { writer.string(value.string ?? "") }
            }
        }
        writer.key(ascii: "message")
        writer.string(diagnostic.message)
        if let fix = diagnostic.fix, locator?.touchesLabel(fix.range) != true {
            writer.key(ascii: "fix")
            writer.beginObject()
            write(fix.range, to: &writer)
            if let offsets = locator?.textOffsets(of: fix.range) {
                writer.key(ascii: "offset")
                writer.int(offsets.start)
                writer.key(ascii: "endOffset")
                writer.int(offsets.end)
            }
            writer.key(ascii: "replacement")
            writer.string(fix.replacement)
            writer.endObject()
        }
        writer.endObject()
    }

    /// Where a finding in a Word document is: `"paragraph"` (body paragraphs with text, counted as
    /// Word's user sees them), `"paragraphIndex"` (the raw 0-based index of the body's `w:p`, empty
    /// ones included), `"softLine"`, `"table"`, `"row"`, `"cell"`, `"note"` (`脚注1`) and `"location"`,
    /// the place as the human output says it (`第12段（“二、主要做法…”）`).
    private static func members(of location: ParagraphLocation) -> [(key: StaticString, value: (int: Int?, string: String?))] {
        var members: [(key: StaticString, value: (int: Int?, string: String?))] = []
        if location.table == nil, location.note == nil, !location.isEmpty { members.append(("paragraph", (location.paragraph, nil))) }
        if let index = location.paragraphIndex { members.append(("paragraphIndex", (index, nil))) }
        if let softLine = location.softLine { members.append(("softLine", (softLine, nil))) }
        if let table = location.table, let row = location.row, let cell = location.cell {
            members += [("table", (table, nil)), ("row", (row, nil)), ("cell", (cell, nil))]
        }
        if let note = location.note { members.append(("note", (nil, note.description))) }
        members.append(("location", (nil, location.description)))
        return members
    }

    private static func position(_ range: SourceRange) -> [(String, JSONValue)] {
        [
            ("line", .int(range.start.line)), ("column", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
        ]
    }

    private static func write(_ range: SourceRange, to writer: inout JSONWriter) {
        writer.members(of: range, .lint)
    }
}
