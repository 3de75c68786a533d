import ReportLinting
import ReportModel
import ReportPluginKit
import ReportReading

/// The one JSON the page asks for: the draft's lines (to show and highlight), its outline, the lint
/// JSON exactly as `lint --format json` gives it, and the indicator tables with each row's
/// indicator.* findings, so that the page marks unmet targets and subtotals that do not add up.
enum PageModel {
    static func make(document: SourceDocument, result: FileLintResult, name: String) -> JSONValue {
        let report = document.report
        let diagnostics = Array(result.diagnostics)
        let counts = result.counts
        let lint = JSONValue.object([
            ("files", .array([.object([
                ("path", .string(name)),
                ("diagnostics", .array(diagnostics.map { JSONLintFormatter.json($0, locator: result.paragraphLocator) })),
            ])])),
            ("summary", .object([
                ("files", .int(1)), ("errors", .int(counts.errors)), ("warnings", .int(counts.warnings)),
                ("infos", .int(counts.infos)),
            ])),
        ])
        var outline: [JSONValue] = []
        for section in report.sections { add(section, to: &outline) }
        return .object([
            ("name", .string(name)),
            ("format", .string(document.format.rawValue)),
            ("unit", .string(report.locationUnit == .paragraph ? "段" : "行")),
            ("fixable", .bool(document.format != .docx)),
            // A Word draft comes back as Word: with comments (批注) or tracked changes (修订).
            ("reviewable", .bool(document.format == .docx)),
            ("lines", .array(document.lines.map { .string($0) })),
            ("outline", .array(outline)),
            ("lint", lint),
            ("indicatorTables", .array(report.indicatorTables.map { table($0, diagnostics: diagnostics) })),
        ])
    }

    private static func add(_ section: Section, to outline: inout [JSONValue]) {
        outline.append(.object([
            ("level", .int(section.level)),
            ("marker", .string(section.marker?.raw ?? "")),
            ("title", .string(section.title)),
            ("role", .string(section.role == .other ? "" : section.role.chineseName)),
            ("line", .int(section.line)),
        ]))
        for child in section.children { add(child, to: &outline) }
    }

    private static func table(_ table: IndicatorTable, diagnostics: [Diagnostic]) -> JSONValue {
        .object([
            ("targetHeader", .string(table.targetHeader)),
            ("actualHeader", .string(table.actualHeader)),
            ("line", .int(table.line)),
            ("rows", .array(table.indicators.map { indicator in
                let marks = diagnostics.filter {
                    $0.ruleID.hasPrefix("indicator.") && $0.range.start.line >= indicator.range.start.line
                        && $0.range.start.line <= indicator.range.end.line
                }
                return .object([
                    ("category", .string(indicator.category ?? "")),
                    ("name", .string(indicator.name)),
                    ("unit", .string(indicator.unit ?? "")),
                    ("target", .string(indicator.targetText)),
                    ("actual", .string(indicator.actualText)),
                    ("isPart", .bool(indicator.parent != nil)),
                    ("line", .int(indicator.line)),
                    ("findings", .array(marks.map { .object([("rule", .string($0.ruleID)), ("message", .string($0.message))]) })),
                ])
            })),
        ])
    }
}
