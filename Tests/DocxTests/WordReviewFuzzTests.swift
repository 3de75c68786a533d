import Foundation
import PropertyBased
import ReportModel
import ReportPluginKit
import ReportReading
import ReportReview
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word files damaged in ways the reader still accepts (a run, a tag pair or a stretch of markup
/// cut out of the body), reviewed with comments and changes at random places: the review never
/// traps, and the body it writes is well-formed XML whose text reads back as before.
@Suite struct WordReviewFuzzTests {
    static let original: [String: Data] = {
        guard let url = try? DocxFixtures.url("review.docx"), let parts = try? PackageParts.bytes(url) else { return [:] }
        return parts
    }()

    /// `xml` with the markup between two random tag starts removed (a crude cut that often leaves
    /// well-formed XML: a run, a property or a whole paragraph).
    static func cut(_ xml: String, _ random: inout SplitMix) -> String {
        // Half the time a whole run or paragraph goes (the reader accepts that), else a crude cut.
        if Bool.random(using: &random) {
            let (open, close) = Bool.random(using: &random) ? ("<w:r>", "</w:r>") : ("<w:p ", "</w:p>")
            let opens = xml.ranges(of: open)
            if !opens.isEmpty {
                let start = opens[Int.random(in: 0..<opens.count, using: &random)]
                if let end = xml[start.upperBound...].range(of: close) {
                    return String(xml[..<start.lowerBound]) + String(xml[end.upperBound...])
                }
            }
        }
        let starts = xml.indices.filter { xml[$0] == "<" }
        guard starts.count > 4 else { return xml }
        let first = Int.random(in: 2..<(starts.count - 2), using: &random)
        let last = min(starts.count - 2, first + Int.random(in: 1...6, using: &random))
        return String(xml[..<starts[first]]) + String(xml[starts[last]...])
    }

    /// How many generated drafts the reader accepted (so that the test is known to review some).
    final class Count: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var total: Int { lock.withLock { value } }
    }

    @Test func reviewingDamagedButReadableDraftsNeverTraps() async throws {
        try #require(!Self.original.isEmpty)
        let reviewedDrafts = Count()
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SplitMix(seed: UInt64(seed))
            var parts = Self.original
            let body = String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
            parts["word/document.xml"] = Data(Self.cut(body, &random).utf8)
            guard let data = try? ReviewChecks.zip(parts),
                  let document = try? ReportReader.read(data: data, path: "草稿.docx", format: .docx),
                  !document.lines.isEmpty else { return }
            reviewedDrafts.add()
            var items: [ReviewItem] = []
            for _ in 0..<8 {
                let line = Int.random(in: 1...document.lines.count, using: &random)
                let length = document.lines[line - 1].count
                let column = Int.random(in: 1...(length + 1), using: &random)
                let end = Int.random(in: column...(length + 1), using: &random)
                let range = SourceRange(line: line, column: column, length: end - column)
                items.append(Int.random(in: 0...1, using: &random) == 0
                    ? ReviewItem(range: range, comment: ["提示 · 测试"])
                    : ReviewItem(range: range, revision: Fix(range: range, replacement: "改"), commentIfNotRevised: ["建议"]))
            }
            guard let reviewed = try? WordReview.review(parts: parts, document: document, items: items, date: Date(timeIntervalSince1970: 0)) else {
                return
            }
            let written = reviewed.parts["word/document.xml"] ?? Data()
            #expect(XMLParser(data: written).parse(), "seed \(seed)")
            if reviewed.revisions == 0, let copy = try? ReviewChecks.zip(reviewed.parts) {
                let again = try? ReportReader.read(data: copy, path: "草稿.docx", format: .docx)
                #expect(again?.lines == document.lines, "seed \(seed)")
            }
        }
        #expect(reviewedDrafts.total >= 30, "only \(reviewedDrafts.total) damaged drafts were readable")
    }
}
