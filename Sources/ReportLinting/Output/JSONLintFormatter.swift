import ReportModel
import ReportPluginKit

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
                .object([("path", .string(file.path)), ("diagnostics", .array(file.diagnostics.map(Self.json)))])
            })),
            ("summary", .object([
                ("files", .int(run.files.count)), ("errors", .int(counts.errors)),
                ("warnings", .int(counts.warnings)), ("infos", .int(counts.infos)),
            ])),
        ])
        return value.serialized() + "\n"
    }

    /// One diagnostic in the lint JSON form.
    public static func json(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(diagnostic.ruleID)),
            ("severity", .string(diagnostic.severity.rawValue)),
        ]
        members += position(diagnostic.range)
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
