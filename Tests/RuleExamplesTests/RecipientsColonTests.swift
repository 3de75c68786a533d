import ReportModel
import ReportPluginKit
import ReportReading
import Testing
import TypographyRules

/// The 主送机关 line's colon: the recipients' value drops it, the field as written keeps it.
@Suite struct RecipientsColonTests {
    static let text = "关于2023年履行教育职责情况的自查报告\n\n　　市教委、市政府教育督导室:\n\n一、自查情况\n全区学校运行平稳。\n"

    static func check(_ text: String) -> [Diagnostic] {
        let document = ReportReader.read(text: text, path: "draft.txt", format: .text)
        return HalfWidthPunctuationRule().check(document.report, context: RuleContext())
    }

    @Test func halfWidthColonAfterTheRecipientsIsReportedAndFixed() throws {
        let diagnostics = Self.check(Self.text)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.range == SourceRange(line: 3, column: 15, length: 1))
        #expect(finding.message.contains("主送机关"))
        let fixed = ProductFixes.apply(diagnostics.compactMap(\.fix), to: Self.text).text
        #expect(fixed.contains("督导室：\n"))
        #expect(Self.check(fixed).isEmpty)
    }

    @Test func fullWidthColonIsFine() {
        #expect(Self.check(Self.text.replacingOccurrences(of: ":", with: "：")).isEmpty)
    }
}
