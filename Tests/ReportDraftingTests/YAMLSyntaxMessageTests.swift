import ReportScheme
import Testing
@testable import ReportDrafting

/// A YAML mistake is named in Chinese at its line, never with libYAML's English inside the message.
@Suite struct YAMLSyntaxMessageTests {
    static let broken: [(String, String)] = [
        ("name: 青溪区\n\tunit: 人\n", "制表符"),
        ("name: 青溪区\nparts: [小学, 初中\n", "方括号"),
        ("name: 青溪区\n  unit: 人\n", "不能出现“键: 值”"),
        ("name: \"青溪\\q区\"\n", "反斜杠"),
        ("name: 青溪区\nlist:\n  - a\n - b\n", "缩进"),
        ("text: \"未闭合\n", "缺少闭合的引号"),
    ]

    @Test(arguments: broken)
    func mistakesAreNamedInChinese(_ yaml: String, _ expected: String) {
        do {
            _ = try YAMLNode.parse(yaml, path: "data.yml")
            Issue.record("no error for \(yaml.debugDescription)")
        } catch {
            let message = error.description
            #expect(message.contains(expected), "\(message)")
            #expect(message.hasPrefix("data.yml:"), "\(message)")
            // Only the file name and the words YAML / Tab may be in Latin letters.
            let latin = message.replacingOccurrences(of: "data.yml", with: "").replacingOccurrences(of: "YAML", with: "").replacingOccurrences(of: "Tab", with: "")
                .filter { $0.isASCII && $0.isLetter }
            #expect(latin.isEmpty, "\(message)")
        }
    }
}
