import Foundation
import ReportModel

/// Reads a draft from disk or from text into a `SourceDocument`, choosing the reader by format.
public enum ReportReader {
    /// Reads the file at `url`. `displayPath` is the path as the user gave it, used in messages.
    public static func read(contentsOf url: URL, displayPath: String? = nil, format: InputFormat? = nil,
                            wordNotes: WordNotes = .inline) throws(ReadError) -> SourceDocument
    {
        let path = displayPath ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ReadError(.notFound, path: path, detail: "文件不存在")
        }
        guard !isDirectory.boolValue else { throw ReadError(.isDirectory, path: path, detail: "这是一个文件夹，不是草稿文件") }
        let resolved = format ?? InputFormat(pathExtension: url.pathExtension) ?? .text
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadError(.unreadable, path: path, detail: "无法读取文件（权限不足或文件已损坏）")
        }
        return try read(data: data, path: path, format: resolved, wordNotes: wordNotes)
    }

    /// Reads a draft's bytes.
    public static func read(data: Data, path: String, format: InputFormat, wordNotes: WordNotes = .inline)
        throws(ReadError) -> SourceDocument
    {
        switch format {
        case .text, .markdown:
            let (text, _) = try TextDecoding.decode(data, path: path)
            return read(text: text, path: path, format: format)
        case .docx:
            return try DocxReader.read(data: data, path: path, notes: wordNotes)
        }
    }

    /// Reads a draft already decoded to text.
    public static func read(text: String, path: String, format: InputFormat) -> SourceDocument {
        let lines = SourceLines.split(text)
        let markdown = format == .markdown || (format == .text && MarkdownHeadings.dominate(lines))
        let report = TextReportParser(lines: lines, path: path, markdown: markdown).parse()
        return SourceDocument(report: report, lines: lines, format: format)
    }
}

/// What a Word draft's footnotes, endnotes and text boxes become.
public enum WordNotes: Sendable {
    /// Read into the report, each after the paragraph that refers to or holds it, so that lint checks
    /// them; located as 脚注1, 尾注1, 文本框1.
    case inline
    /// Left out of the report (a rendering has no place for them) and listed in `omitted`.
    case leftOut
}

/// Splits text into lines on LF, CRLF or CR, scanning bytes (a Character walk would run grapheme
/// breaking over the whole draft). Each line is copied out of the text as a slice, which needs no
/// UTF-8 validation: a line break is always a scalar boundary.
enum SourceLines {
    static func split(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        let breaks: [(start: Int, end: Int)] = text.withUTF8 { bytes in
            var ranges: [(start: Int, end: Int)] = []
            guard let base = bytes.baseAddress else { return ranges }
            // Most drafts use LF only: then memchr (vectorised) finds every break.
            let onlyLineFeeds = memchr(base, 0x0D, bytes.count) == nil
            var start = 0
            var index = 0
            while index < bytes.count {
                if onlyLineFeeds {
                    guard let hit = memchr(base + index, 0x0A, bytes.count - index) else { break }
                    index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    ranges.append((start, index))
                    if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < bytes.count { ranges.append((start, bytes.count)) }
            return ranges
        }
        let utf8 = text.utf8
        var lines: [String] = []
        lines.reserveCapacity(breaks.count)
        var cursor = utf8.startIndex
        var offset = 0
        for range in breaks {
            let start = utf8.index(cursor, offsetBy: range.start - offset)
            let end = utf8.index(start, offsetBy: range.end - range.start)
            lines.append(String(text[start..<end]))
            cursor = end
            offset = range.end
        }
        return lines
    }
}
