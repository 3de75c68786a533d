import Foundation
import MarkdownWriter
import PlainTextWriter
import ReportModel
import Testing

/// Seed 002 (a complete formal report) may not be copied into the project, so instead of a golden
/// file its renderings are checked against properties derived from the model read from it.
@Suite("种子 002 的渲染结果", .enabled(if: Corpus.seedsAvailable, "跳过：找不到真实公文样本（../shared/seeds 或 REPORTKIT_SEEDS）"))
struct Seed002Tests {
    let report: Report
    init() throws { report = try Corpus.readSeed("002") }

    @Test("读入的模型完整：发文字号、五个部分、指标表含其中行、署名和日期（否则往返测试无从检验）")
    func modelIsComplete() throws {
        let metadata = report.metadata
        #expect(metadata.documentNumber != nil && metadata.title != nil && metadata.recipients != nil)
        #expect(metadata.issuer != nil && metadata.date != nil)
        #expect(report.sections.map { $0.marker?.ordinal } == [1, 2, 3, 4, 5])
        #expect(report.sections.last?.role == .problemsAndMeasures)
        let table = try #require(report.indicatorTables.first)
        #expect(table.indicators.count >= 10)
        #expect(table.indicators.contains { $0.parent != nil })
        #expect(report.allBlocks.contains { if case .item = $0 { true } else { false } })
    }

    @Test("Markdown：元数据在前，部分为 ##，组为 ###，指标表为竖线表格，署名和日期在后")
    func markdown() throws {
        let output = MarkdownWriter().render(report)
        let lines = output.components(separatedBy: "\n").filter { !$0.isEmpty }
        let metadata = report.metadata
        #expect(Array(lines.prefix(3)) == [
            try #require(metadata.documentNumber).text, "# " + (try #require(metadata.title)).text,
            (try #require(metadata.recipients)).text + "：",
        ])
        #expect(Array(lines.suffix(2)) == [try #require(metadata.issuer).text, try #require(metadata.date).text])
        #expect(lines.filter { $0.hasPrefix("## ") } == report.sections.map { "## " + $0.marker!.standardText + $0.title })
        let groups = report.sections.flatMap(\.children)
        #expect(lines.filter { $0.hasPrefix("### ") } == groups.map { "### " + $0.marker!.standardText + $0.title })
        #expect(groups.allSatisfy { $0.marker!.standardText.hasPrefix("（") })
        let tableLines = lines.filter { $0.hasPrefix("|") }
        let rows = report.allBlocks.compactMap { if case .table(let table) = $0 { table.rows } else { nil } }
        #expect(tableLines.count == rows.map { $0.count + 1 }.reduce(0, +))
        #expect(tableLines.contains { $0.contains("| >98.5 |") })
        // Every item is a paragraph of its own, starting with its 一是/二是.
        for case .item(let item) in report.allBlocks {
            #expect(lines.contains(item.text), "\(item.raw)")
        }
    }

    @Test("纯文本：GB/T 9704 顺序，正文逐段缩进两个全角空格，编号为全角标准形式")
    func plainText() throws {
        let output = PlainTextWriter().render(report)
        let lines = output.components(separatedBy: "\n")
        let metadata = report.metadata
        let expected: [String?] = [
            metadata.documentNumber?.text, metadata.title?.text, metadata.recipients.map { $0.text + "：" },
            "\u{3000}\u{3000}一、" + report.sections[0].title, metadata.issuer?.text, metadata.date?.text,
        ]
        let order = expected.map { text in text.flatMap { lines.firstIndex(of: $0) } ?? -1 }
        #expect(!order.contains(-1))
        #expect(order == order.sorted())
        let body = lines[(order[2] + 1)..<order[4]].filter { !$0.isEmpty && !$0.contains("\t") && !$0.hasPrefix("|") }
        #expect(body.count > 30)
        for line in body {
            #expect(line.hasPrefix("\u{3000}\u{3000}") && !line.hasPrefix("\u{3000}\u{3000}\u{3000}"), "\(line)")
            #expect(!line.hasPrefix("\u{3000}\u{3000}("), "半角括号编号：\(line)")
        }
        for group in report.sections.flatMap(\.children) {
            #expect(lines.contains("\u{3000}\u{3000}" + group.marker!.standardText + group.title))
        }
    }
}
