import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a reviewed `.docx` must hold for Word and LibreOffice to open it without a repair: checks on
/// the parts ReportReview writes.
enum ReviewChecks {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func zip(_ parts: [String: Data]) throws -> Data {
        try PackageEditing.zip(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The ids of the comments signed `author`; the part must be well-formed XML.
    static func commentIDs(in comments: String, author: String) throws -> [Int] {
        try wellFormed(comments, name: "comments.xml")
        return comments.matches(of: #/<w:comment w:id="(\d+)" w:author="([^"]*)"/#).compactMap { match in
            match.output.2 == author ? Int(match.output.1) : nil
        }
    }

    /// document.xml is well-formed; each comment has exactly one start, one end after it and one
    /// reference; revision ids are unique; a deletion holds no `w:t`.
    static func checkMarks(document: String, commentIDs: [Int]) throws {
        try wellFormed(document, name: "document.xml")
        for id in commentIDs {
            let starts = document.ranges(of: "<w:commentRangeStart w:id=\"\(id)\"/>")
            let ends = document.ranges(of: "<w:commentRangeEnd w:id=\"\(id)\"/>")
            let references = document.ranges(of: "<w:commentReference w:id=\"\(id)\"/>")
            #expect(starts.count == 1 && ends.count == 1 && references.count == 1, "批注 \(id) 的标记不完整")
            if let start = starts.first, let end = ends.first { #expect(start.lowerBound < end.lowerBound) }
        }
        let revisionIDs = document.matches(of: #/<w:(?:ins|del) w:id="(\d+)" w:author="ReportKit"/#).map { String($0.output.1) }
        #expect(Set(revisionIDs).count == revisionIDs.count, "修订编号重复")
        for deletion in document.matches(of: #/<w:del w:id="\d+" w:author="ReportKit"[^>]*>(.*?)<\/w:del>/#) {
            #expect(!deletion.output.1.contains("<w:t "), "删除的文字应在 w:delText 中")
        }
    }

    /// The text each comment covers (marks that do not nest in another's are enough for the tests).
    static func anchoredTexts(in document: String) -> [String] {
        document.matches(of: #/<w:commentRangeStart w:id="(\d+)"\/>/#).compactMap { start in
            let id = start.output.1
            guard let end = document[start.range.upperBound...].range(of: "<w:commentRangeEnd w:id=\"\(id)\"/>") else { return nil }
            let inside = String(document[start.range.upperBound..<end.lowerBound])
            let withoutDeleted = inside.replacing(#/<w:del [^>]*>.*?<\/w:del>/#, with: "")
            return withoutDeleted.matches(of: #/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/#).map { String($0.output.1) }.joined()
        }
    }

    /// The document with ReportKit's revisions rejected: its insertions removed, its deletions put back.
    static func rejectingReportKit(_ document: String) -> String {
        document.replacing(#/<w:ins w:id="\d+" w:author="ReportKit"[^>]*>.*?<\/w:ins>/#, with: "")
            .replacing(#/<w:del w:id="\d+" w:author="ReportKit"[^>]*>(.*?)<\/w:del>/#) { match in
                match.output.1.replacingOccurrences(of: "<w:delText", with: "<w:t").replacingOccurrences(of: "</w:delText>", with: "</w:t>")
            }
    }

    private static func wellFormed(_ xml: String, name: String) throws {
        let parser = XMLParser(data: Data(xml.utf8))
        guard parser.parse() else { throw Malformed(description: "\(name) 不是格式正确的 XML：\(parser.parserError.map(String.init(describing:)) ?? "")") }
    }
}
