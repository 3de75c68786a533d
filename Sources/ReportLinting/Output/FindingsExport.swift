import Foundation
import ReportModel
import ReportPluginKit
import ReportReading

/// A lint run as the rows of a findings export: where each finding is in the words a clerk uses
/// (`第12段（“…”）`, `表1第2行第3列`, `第5行第3字`), the characters it points at, and its suggested change.
public enum FindingsExport {
    /// The longest quote a row carries; longer ranges end in `…`.
    static let quoteLength = 40

    public static func report(_ run: LintRun, titles: [String: String], checked: Date) -> FindingsReport {
        var rows: [FindingsReport.Row] = []
        for file in run.files {
            var rulers = LineRulerCache(file.lines)
            func quote(_ range: SourceRange) -> String {
                rulers.ruler(forLine: range.start.line).map { Self.quote(range, ruler: $0) } ?? ""
            }
            for diagnostic in file.diagnostics {
                let start = diagnostic.range.start
                let location = file.paragraphLocator.map { $0.location(of: start).description }
                    ?? "第\(start.line)行第\(start.column)字"
                rows.append(FindingsReport.Row(
                    file: file.path, severity: diagnostic.severity, ruleID: diagnostic.ruleID,
                    ruleTitle: titles[diagnostic.ruleID] ?? diagnostic.ruleID, location: location,
                    quote: quote(diagnostic.range), message: diagnostic.message,
                    fix: diagnostic.fix.map { suggestion($0, quote: quote) }))
            }
        }
        return FindingsReport(files: run.files.map(\.path), checked: checked, rows: rows)
    }

    /// `改为“，”`, `删除“。”` or `补上“。”`.
    public static func suggestion(_ fix: Fix, lines: SourceLines) -> String {
        suggestion(fix) { quote($0, lines: lines) }
    }

    /// `suggestion(_:lines:)` with the quote of a range made by `quote`.
    static func suggestion(_ fix: Fix, quote: (SourceRange) -> String) -> String {
        if fix.range.start == fix.range.end { return "补上“\(fix.replacement)”" }
        if fix.replacement.isEmpty {
            let old = quote(fix.range)
            return old.isEmpty ? "删除" : "删除“\(old)”"
        }
        return "改为“\(fix.replacement)”"
    }

    /// The text `range` covers on its first line (to the line's end when it runs on).
    public static func quote(_ range: SourceRange, lines: SourceLines) -> String {
        guard lines.indices.contains(range.start.line - 1) else { return "" }
        return quote(range, ruler: LineRuler(lines[range.start.line - 1]))
    }

    /// `quote(_:lines:)` on the measured line: in time of the quote, not of the line before it.
    static func quote(_ range: SourceRange, ruler: LineRuler) -> String {
        let count = ruler.count
        let lower = min(max(range.start.column - 1, 0), count)
        let end = range.end.line == range.start.line ? range.end.column - 1 : count
        let upper = min(max(end, lower), count)
        if upper - lower > quoteLength { return String(ruler.text(lower..<(lower + quoteLength))) + "…" }
        return String(ruler.text(lower..<upper))
    }
}
