import Foundation
import ReportLinting
import ReportModel
import ReportPluginKit
import TestSupport
import Testing

/// `lint --format human` on very long lines: each finding quotes a window of about 80 Characters around
/// its column (… where the line goes on), the caret stays under the span behind wide characters, and
/// the output leaves in chunks.
@Suite("human 输出：长行只引用列附近的一段")
struct HumanQuoteWindowTests {
    static func finding(column: Int, length: Int) -> Diagnostic {
        Diagnostic(ruleID: "test.keyword", severity: .warning, message: "出现了“测试”",
                   range: SourceRange(line: 1, column: column, length: length))
    }

    /// The quoted line and its underline for one finding on `line`.
    static func quote(_ line: String, column: Int, length: Int) -> (text: String, underline: String) {
        let run = LintRun(files: [FileLintResult(path: "a.txt", diagnostics: [finding(column: column, length: length)], lines: [line])])
        let output = HumanFormatter().format(run).split(separator: "\n", omittingEmptySubsequences: false)
        return (String(output[1].dropFirst(4)), String(output[2].dropFirst(4)))
    }

    @Test("长行中间的发现：两端加 …，引用不超过 80 个字，^ 在“测试”下面")
    func middleOfALongLine() {
        let line = String(repeating: "全区教育", count: 250) + "测试" + String(repeating: "稳步推进", count: 250)
        let (text, underline) = Self.quote(line, column: 1001, length: 2)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        #expect(text.count <= HumanFormatter.quoteWindow + 2)
        let blanks = underline.prefix { $0 == " " }
        #expect(underline.dropFirst(blanks.count) == "^~~~")
        // The caret's column is the display width of what precedes 测试 in the quote.
        let before = text[..<text.range(of: "测试")!.lowerBound]
        #expect(blanks.count == DisplayWidth.of(before), "\(text)\n\(underline)")
    }

    @Test("行首和行尾的发现：只在被截断的一端加 …", arguments: [1, 993])
    func ends(column: Int) {
        let line = String(repeating: "测试ab", count: 250)
        let (text, underline) = Self.quote(line, column: column, length: 2)
        #expect(text.hasPrefix("…") == (column > 1))
        #expect(text.hasSuffix("…") == (column == 1))
        let blanks = underline.prefix { $0 == " " }
        let characters = Array(text)
        // At the end: the window is the last 80 Characters (from 920) after “…”, so 测试 (992) is at 1 + 72.
        let spanStart = column == 1 ? 0 : 73
        #expect(String(characters[spanStart..<(spanStart + 2)]) == "测试")
        #expect(blanks.count == DisplayWidth.of(String(characters[..<spanStart])), "\(text)\n\(underline)")
    }

    @Test("跨出窗口的范围：下划线画到窗口末尾的 … 为止")
    func spanPastTheWindow() {
        let line = String(repeating: "教", count: 500)
        let (text, underline) = Self.quote(line, column: 100, length: 300)
        #expect(DisplayWidth.of(underline) == DisplayWidth.of(text))
        #expect(underline.hasSuffix("~"))
    }

    @Test("制表符在窗口内照样保留")
    func tabsInTheWindow() {
        let line = String(repeating: "甲", count: 200) + "\t乙\t测试" + String(repeating: "丙", count: 200)
        let (text, underline) = Self.quote(line, column: 204, length: 2)
        #expect(text.contains("\t乙\t测试"))
        #expect(underline.filter { $0 == "\t" }.count == 2)
        #expect(underline.hasSuffix("\t^~~~"))
    }

    @Test("短行照旧整行引用")
    func shortLinesUnchanged() {
        let (text, underline) = Self.quote("　　全区共有学校ＸＸ所，这是测试。", column: 16, length: 2)
        #expect(text == "　　全区共有学校ＸＸ所，这是测试。")
        #expect(underline == String(repeating: " ", count: 30) + "^~~~")
    }

    @Test("输出分块写出，拼起来与 format 相同")
    func streamed() {
        let line = String(repeating: "全区教育测试", count: 5000)
        let findings = (0..<5000).map { Self.finding(column: $0 * 6 + 5, length: 2) }
        let run = LintRun(files: [FileLintResult(path: "a.txt", diagnostics: findings, lines: [line])])
        var chunks: [String] = []
        HumanFormatter().write(run) { chunks.append($0) }
        #expect(chunks.count > 5)
        #expect(chunks.joined() == HumanFormatter().format(run))
        // 5,000 findings on a 30,000-Character line: a few hundred bytes each, not the whole line each.
        #expect(chunks.joined().utf8.count < 5000 * 500)
    }

    @Test("CLI：一行约 1 MB、两万处发现，输出只有几 MB")
    func longLineThroughTheCommand() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = "　　" + String(repeating: "全区教育事业稳步发展推进工作，，", count: 20_000)
        try Data("一、自查情况\n\n\(line)\n".utf8).write(to: folder.appendingPathComponent("long.txt"))
        let result = try CommandRunner.run(["lint", "long.txt", "--no-color"], in: folder)
        #expect(result.status != 2, "\(result.stderr.prefix(500))")
        let findings = result.stdout.components(separatedBy: "[punctuation.").count - 1
        #expect(findings >= 20_000)
        #expect(result.stdout.utf8.count < 20 << 20, "\(result.stdout.utf8.count) bytes")
    }
}
