import ReportModel
import ReportPluginKit
import ReportReading

/// `lint --format human`: one line per finding (`path:line:col: 错误 [rule] message`), the source line
/// with the span underlined (`^~~~`, aligned by display width so that it sits under Chinese text), and
/// a summary line. ANSI colours only when asked (the CLI asks on a terminal without `--no-color`).
public struct HumanFormatter: Sendable {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    /// The findings of every file that could be read (unreadable files go to stderr), then the summary.
    public func format(_ run: LintRun) -> String {
        var output = ""
        for file in run.files where file.readFailure == nil {
            var rulers: [Int: LineRuler] = [:]
            for diagnostic in file.diagnostics {
                output += heading(diagnostic, path: file.path, locator: file.paragraphLocator)
                let number = diagnostic.range.start.line
                guard file.lines.indices.contains(number - 1) else { continue }
                let ruler = rulers[number] ?? LineRuler(file.lines[number - 1])
                rulers[number] = ruler
                output += quote(file.lines[number - 1], ruler: ruler, range: diagnostic.range)
            }
        }
        output += summary(run) + "\n"
        return output
    }

    /// One finding: the heading line, then the quoted source line and its underline (when the line exists).
    public func format(_ diagnostic: Diagnostic, path: String, lines: [String]) -> String {
        var output = heading(diagnostic, path: path)
        let number = diagnostic.range.start.line
        guard lines.indices.contains(number - 1) else { return output }
        output += quote(lines[number - 1], ruler: LineRuler(lines[number - 1]), range: diagnostic.range)
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

    private func quote(_ line: String, ruler: LineRuler, range: SourceRange) -> String {
        let (indent, marks) = Self.underlineParts(ruler: ruler, range: range)
        let painted = paint(marks, code: "32", bold: true)
        var output = ""
        output.reserveCapacity(line.utf8.count + indent.utf8.count + painted.utf8.count + 10)
        output += "    "
        output += line
        output += "\n    "
        output += indent
        output += painted
        output += "\n"
        return output
    }

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
        let count = ruler.characters.count
        let start = min(max(range.start.column - 1, 0), count)
        let end = range.end.line > range.start.line ? count : min(max(range.end.column - 1, start), count)
        let width = ruler.columns[end] - ruler.columns[start]
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
