import Testing
import Foundation
import ReportModel
import ReportPluginKit
import ReportReading

/// A test-only rule: flags each configured word (option `words`, default 测试) in paragraphs and
/// items, with a fix that replaces it by option `replacement` (default 检验). Table cells are left
/// out: a cell carries one range, so a cell wrapped over several source lines cannot be pointed into.
struct KeywordRule: ReportRule {
    let metadata = RuleMetadata(
        id: "test.keyword", title: "测试关键词", rationale: "仅供测试：标出指定的词。", defaultSeverity: .warning,
        isFixable: true, triggeringExamples: ["　　这是↓测试。"], nonTriggeringExamples: ["　　这是检验。"],
        corrections: [RuleCorrection("　　这是测试。", "　　这是检验。")])

    func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let options = context.options(for: metadata.id)
        let words = options.strings("words").isEmpty ? ["测试"] : options.strings("words")
        let replacement = options.string("replacement") ?? "检验"
        var found: [Diagnostic] = []
        for block in report.allBlocks {
            if case .table = block { continue }
            for span in block.textSpans {
                let characters = Array(span.text)
                for word in words {
                    let target = Array(word)
                    guard !target.isEmpty, characters.count >= target.count else { continue }
                    for start in 0...(characters.count - target.count) where Array(characters[start..<(start + target.count)]) == target {
                        let range = span.range(ofCharacters: start..<(start + target.count))
                        found.append(metadata.diagnostic("出现了“\(word)”", at: range, fix: Fix(range: range, replacement: replacement)))
                    }
                }
            }
        }
        return found
    }
}

/// A test-only rule: reports, at the first heading, the date the engine says it is today.
struct TodayRule: ReportRule {
    let metadata = RuleMetadata(
        id: "test.today", title: "测试日期", rationale: "仅供测试：报告今天的日期。", defaultSeverity: .info,
        triggeringExamples: [], nonTriggeringExamples: [])

    func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        guard let section = report.sections.first else { return [] }
        let today = context.today
        return [metadata.diagnostic("今天是\(today.year)年\(today.month)月\(today.day)日", at: section.titleSpan.range)]
    }
}

/// Fixtures of this test target.
enum Fixtures {
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    static func document(_ name: String) throws -> SourceDocument {
        let url = try url(name)
        return try ReportReader.read(contentsOf: url, displayPath: name)
    }

    /// A copy of the fixture in a fresh temporary folder (for tests that write).
    static func copy(_ name: String, to folder: URL) throws -> URL {
        let destination = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: url(name), to: destination)
        return destination
    }
}
