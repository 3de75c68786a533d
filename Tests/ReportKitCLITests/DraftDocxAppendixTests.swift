import Foundation
import Testing
import TestSupport

/// `draft --to docx` as GB/T 9704 lays a report out: the body names its attachment
/// (`附件：主要指标完成情况`), then come the issuer and the date, and the attachment follows on a
/// new page under the label `附件`. Read from outside: the package unzipped, its paragraphs in order.
struct DraftDocxAppendixTests {
    /// Each paragraph of `word/document.xml` with its style id; each table as one entry `<table>`.
    static func paragraphs(_ document: String) -> [(style: String, text: String)] {
        let tables = try! NSRegularExpression(pattern: #"<w:tbl>.*?</w:tbl>"#, options: [.dotMatchesLineSeparators])
        let flat = tables.stringByReplacingMatches(
            in: document, range: NSRange(location: 0, length: (document as NSString).length),
            withTemplate: "<w:p><w:t>&lt;table&gt;</w:t></w:p>")
        return flat.allMatches(#"<w:p>(.*?)</w:p>"#, options: [.dotMatchesLineSeparators]).map { body in
            let style = body.allMatches(#"<w:pStyle w:val="([^"]+)"/>"#).first ?? ""
            let text = body.allMatches(#"<w:t(?: [^>]*)?>([^<]*)</w:t>"#).joined()
            return (style, text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">"))
        }
    }

    @Test func theAppendixFollowsTheSignatureAndDateOnItsOwnPage() throws {
        let out = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run([
            "draft", "--scheme", DraftCommandTests.template, "--data", DraftCommandTests.example, "-o", out.path,
            "--to", "docx",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let parts = try PackageParts.read(out.appendingPathComponent("report.docx"))
        let paragraphs = Self.paragraphs(try #require(parts["word/document.xml"]))
        func index(_ text: String) throws -> Int {
            try #require(paragraphs.firstIndex { $0.text == text }, "no paragraph “\(text)”")
        }
        let lastBody = try index("用好编制周转池，定向补充紧缺学科教师，完善教师交流轮岗激励办法。")
        let note = try index("附件：主要指标完成情况")
        let issuer = try index("重庆市青溪区人民政府办公室")
        let date = try index("2023年10月18日")
        let label = try index("附件")
        let title = try index("主要指标完成情况")
        let table = try index("<table>")
        #expect(lastBody < note && note < issuer && issuer < date && date < label && label < title && title < table)
        #expect(note == lastBody + 1, "the note comes right after the text")
        #expect(paragraphs[issuer].style == "RKSignature" && paragraphs[date].style == "RKDate")
        #expect(!paragraphs.contains { $0.text.contains("七、附件") }, "the appendix is not a numbered part of the body")
        // The label starts a new page: its style breaks the page before it.
        let styles = try #require(parts["word/styles.xml"])
        let labelStyle = paragraphs[label].style
        let start = try #require(styles.range(of: #"w:styleId="\#(labelStyle)""#))
        #expect(String(styles[start.lowerBound...]).components(separatedBy: "</w:style>")[0].contains("<w:pageBreakBefore/>"))
    }
}

extension String {
    /// The first capture group of every match of `pattern`.
    fileprivate func allMatches(_ pattern: String, options: NSRegularExpression.Options = []) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern, options: options)
        let text = self as NSString
        return expression.matches(in: self, range: NSRange(location: 0, length: text.length)).map {
            text.substring(with: $0.range(at: 1))
        }
    }
}
