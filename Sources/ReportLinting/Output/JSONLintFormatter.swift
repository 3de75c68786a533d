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
        let counts = run.counts
        let value = JSONValue.object([
            ("files", .array(run.files.map { file in
                .object([("path", .string(file.path)), ("diagnostics", .array(file.diagnostics.map { Self.json($0, locator: file.paragraphLocator) }))])
            })),
            ("summary", .object([
                ("files", .int(run.files.count)), ("errors", .int(counts.errors)),
                ("warnings", .int(counts.warnings)), ("infos", .int(counts.infos)),
            ])),
        ])
        return value.serialized() + "\n"
    }

    /// One diagnostic in the lint JSON form; for a Word document (a `locator`), also `"paragraph"`
    /// and, for a table cell, `"table"`, `"row"` and `"cell"`.
    public static func json(_ diagnostic: Diagnostic, locator: ParagraphLocator? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(diagnostic.ruleID)),
            ("severity", .string(diagnostic.severity.rawValue)),
        ]
        members += position(diagnostic.range)
        if let location = locator?.location(of: diagnostic.range.start) {
            members.append(("paragraph", .int(location.paragraph)))
            if let table = location.table, let row = location.row, let cell = location.cell {
                members += [("table", .int(table)), ("row", .int(row)), ("cell", .int(cell))]
            }
        }
        members.append(("message", .string(diagnostic.message)))
        if let fix = diagnostic.fix {
            members.append(("fix", .object(position(fix.range) + [("replacement", .string(fix.replacement))])))
        }
        return .object(members)
    }

    private static func position(_ range: SourceRange) -> [(String, JSONValue)] {
        [
            ("line", .int(range.start.line)), ("column", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
        ]
    }
}
