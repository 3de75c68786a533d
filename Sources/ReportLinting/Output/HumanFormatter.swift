import ReportModel
import ReportPluginKit
import ReportReading

/// `lint --format human`: one line per finding (`path:line:col: 错误 [rule] message`), the source line
/// with the span underlined (`^~~~`, aligned by display width so that it sits under Chinese text), and
/// a summary line. ANSI colours only when asked (the CLI asks on a terminal without `--no-color`).
public struct HumanFormatter: Sendable {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    /// At most this many Characters of a line are quoted under a finding: a window around the
    /// finding's column, marked with … where the line goes on. A 1 MB line with thousands of findings
    /// then prints a few hundred bytes per finding, not the whole line each time.
    public static let quoteWindow = 80
    /// Characters kept before the finding's column when the window does not start at the line's start.
    static let contextBefore = 30
    /// Bytes gathered before they are handed to `emit`.
    static let chunkSize = 64 * 1024

    /// The findings of every file that could be read (unreadable files go to stderr), then the summary.
    public func format(_ run: LintRun) -> String {
        var output = ""
        write(run) { output += $0 }
        return output
    }

    /// Writes the same text as `format`, in chunks of about 64 KB as it is made, so that a run with
    /// many findings is never held whole.
    public func write(_ run: LintRun, to emit: (String) -> Void) {
        var output = ""
        output.reserveCapacity(Self.chunkSize + 1024)
        for file in run.files where file.readFailure == nil {
            var rulers = LineRulerCache(file.lines)
            for diagnostic in file.diagnostics {
                output += heading(diagnostic, path: file.path, locator: file.paragraphLocator)
                if let ruler = rulers.ruler(forLine: diagnostic.range.start.line) {
                    output += quote(ruler, range: diagnostic.range)
                }
                if output.utf8.count >= Self.chunkSize {
                    emit(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
        }
        output += summary(run) + "\n"
        emit(output)
    }

    /// One finding: the heading line, then the quoted source line and its underline (when the line exists).
    public func format(_ diagnostic: Diagnostic, path: String, lines: SourceLines) -> String {
        var output = heading(diagnostic, path: path)
        let number = diagnostic.range.start.line
        guard lines.indices.contains(number - 1) else { return output }
        output += quote(LineRuler(lines[number - 1]), range: diagnostic.range)
        return output
    }

    /// `path:line:col:`, or for a Word document `path:第12段:` (with the table cell, if in one).
    private func heading(_ diagnostic: Diagnostic, path: String, locator: ParagraphLocator? = nil) -> String {
        let start = diagnostic.range.start
        let place = locator.map { "\($0.location(of: start))" } ?? "\(start.line):\(start.column)"
        var output = paint("\(path):\(place):", bold: true) + " "
        output += paint(diagnostic.severity.chineseName, code: Self.colorCode(diagnostic.severity), bold: true)
        output += " [\(diagnostic.ruleID)] " + diagnostic.message + "\n"
        return output
    }

    /// The quoted window of the line (with … where it is cut) and the underline beneath it.
    private func quote(_ ruler: LineRuler, range: SourceRange) -> String {
        let (text, indent, marks) = Self.window(ruler: ruler, range: range)
        let painted = paint(marks, code: "32", bold: true)
        var output = ""
        output.reserveCapacity(text.utf8.count + indent.utf8.count + painted.utf8.count + 10)
        output += "    "
        output += text
        output += "\n    "
        output += indent
        output += painted
        output += "\n"
        return output
    }

    /// The part of the line that is quoted for `range` (at most `quoteWindow` Characters, with `…` where
    /// the line is cut), the blanks before the span within it, and the `^~~~` under the span's visible part.
    static func window(ruler: LineRuler, range: SourceRange) -> (text: String, indent: String, marks: String) {
        let count = ruler.count
        let start = min(max(range.start.column - 1, 0), count)
        let end = range.end.line > range.start.line ? count : min(max(range.end.column - 1, start), count)
        guard count > quoteWindow else {
            let (indent, marks) = underlineParts(ruler: ruler, range: range)
            return (ruler.line, indent, marks)
        }
        let lower = max(0, min(start - contextBefore, count - quoteWindow))
        let upper = min(count, lower + quoteWindow)
        let cutBefore = lower > 0, cutAfter = upper < count
        var text = cutBefore ? ellipsis : ""
        text += ruler.text(lower..<upper)
        if cutAfter { text += ellipsis }
        var indent = cutBefore ? LineRuler.run(of: UInt8(ascii: " "), count: DisplayWidth.of(ellipsis)) : ""
        indent += ruler.indent(from: lower, to: start)
        // A span running past the window is underlined to its edge, and under the … that follows.
        var width = ruler.column(min(end, upper)) - ruler.column(start)
        if end > upper { width += DisplayWidth.of(ellipsis) }
        return (text, indent, "^" + LineRuler.run(of: UInt8(ascii: "~"), count: width - 1))
    }

    static let ellipsis = "…"

    /// The underline for `range` on its first line: blanks as wide as the text before the span (tabs kept
    /// as tabs), then `^` and `~` as wide as the span (to the end of the line when the span runs on).
    public static func underline(line: String, range: SourceRange) -> String {
        underline(ruler: LineRuler(line), range: range)
    }

    static func underline(ruler: LineRuler, range: SourceRange) -> String {
        let (indent, marks) = underlineParts(ruler: ruler, range: range)
        return indent + marks
    }

    /// The underline in its two parts: the blanks before the span, and the `^~~~` under it (which
    /// alone is coloured), so that the quote is put together without searching for the caret.
    static func underlineParts(ruler: LineRuler, range: SourceRange) -> (indent: String, marks: String) {
        let count = ruler.count
        let start = min(max(range.start.column - 1, 0), count)
        let end = range.end.line > range.start.line ? count : min(max(range.end.column - 1, start), count)
        let width = ruler.column(end) - ruler.column(start)
        return (ruler.indent(start), "^" + LineRuler.run(of: UInt8(ascii: "~"), count: width - 1))
    }

    /// `共检查 2 个文件：1 个错误，3 个警告，0 个提示。`
    public func summary(_ run: LintRun) -> String {
        let counts = run.counts
        var text = "共检查 \(run.files.count) 个文件"
        if counts == SeverityCounts() {
            text += "：未发现问题。"
        } else {
            text += "：\(counts.errors) 个错误，\(counts.warnings) 个警告，\(counts.infos) 个提示"
            if run.unreadableCount > 0 { text += "（其中 \(run.unreadableCount) 个文件无法读取）" }
            text += "。"
        }
        return paint(text, bold: true)
    }

    static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
    }

    private func paint(_ text: String, code: String? = nil, bold: Bool = false) -> String {
        guard color else { return text }
        let codes = ([bold ? "1" : nil, code].compactMap { $0 }).joined(separator: ";")
        return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
    }
}
