import PropertyBased
import ReportModel
import ReportReading
import Testing

/// Round trip on generated reports: whatever outline, items and tables a report has, writing it and
/// reading it back gives the report that was written.
@Suite("随机生成的报告：写出再读入得到同一模型")
struct GeneratedRoundTripTests {
    static let events = zip(Gen.int(in: 0...9), Gen.int(in: 0...99)).array(of: 0...40)

    @Test("Markdown 与纯文本", arguments: RenderTarget.allCases)
    func roundTrip(target: RenderTarget) async {
        await propertyCheck(count: 200, input: Self.events) { events in
            let report = GeneratedReport.report(events.map { (kind: $0.0, pick: $0.1) })
            let (output, reread) = target.roundTrip(report)
            let difference = ReportShape(report).firstDifference(from: ReportShape(reread))
            #expect(difference == nil, "\(output)")
        }
    }
}

/// Cases the generator found, kept as fixed examples.
@Suite("往返的回归用例")
struct RoundTripRegressionTests {
    /// Two one-line paragraphs followed by three tables: in the compact layout the text reader takes
    /// the file for blank-line-separated paragraphs and joins the two; the writer spaces it out.
    @Test("表格多、段落少的纯文本：两段相邻的段落读回后仍是两段", arguments: RenderTarget.allCases)
    func manyTablesFewParagraphs(target: RenderTarget) {
        let report = GeneratedReport.report([(3, 0), (3, 1), (8, 0), (3, 2), (8, 0), (3, 3), (8, 1)])
        let (output, reread) = target.roundTrip(report)
        #expect(ReportShape(report).firstDifference(from: ReportShape(reread)) == nil, "\(output)")
        #expect(reread.preamble.filter { if case .paragraph = $0 { true } else { false } }.count == 4)
    }

    /// Drafts whose headings the reader splits in ways a heading written alone would not reproduce.
    static let awkwardHeadings = [
        "一、总体情况\n（一）加强领导。1.健全机制，按月调度。\n（二）落实经费\n",
        "一、总体情况\n（一）加强领导：（1）健全机制。\n段落。\n",
        "一、总体情况\n（一）。\n段落。\n",
    ]

    @Test("标题后接的正文本身以编号开头、或标题为空：写在标题行上，读回不变",
          arguments: awkwardHeadings, RenderTarget.allCases)
    func awkwardHeading(draft: String, target: RenderTarget) throws {
        let report = ReportReader.read(text: draft, path: "draft.txt", format: .text).report
        let group = try #require(report.sections.first?.children.first)
        if case .paragraph? = group.blocks.first {} else if !group.title.isEmpty { Issue.record("读入器已改变：\(group)") }
        let (output, reread) = target.roundTrip(report)
        #expect(ReportShape(report).firstDifference(from: ReportShape(reread)) == nil, "\(output)")
    }

    @Test("普通报告的纯文本仍是紧凑版式：段落之间没有空行")
    func compactByDefault() throws {
        let output = RenderTarget.text.render(try Corpus.readFixture("complete-report.txt"))
        let lines = output.components(separatedBy: "\n")
        let adjacentBodyLines = zip(lines, lines.dropFirst()).filter { $0.hasPrefix("　　") && $1.hasPrefix("　　") }
        #expect(adjacentBodyLines.count > 20)
    }
}
