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
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int {
            try refuseIfTooLarge(size, path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadError(.unreadable, path: path, detail: "无法读取文件（权限不足或文件已损坏）")
        }
        return try read(data: consume data, path: path, format: resolved, wordNotes: wordNotes)
    }

    /// Reads a draft's bytes. A text draft's bytes are let go once decoded, so that a long draft is
    /// not held twice while it is parsed.
    public static func read(data: consuming Data, path: String, format: InputFormat, wordNotes: WordNotes = .inline)
        throws(ReadError) -> SourceDocument
    {
        try refuseIfTooLarge(data.count, path: path)
        switch format {
        case .text, .markdown:
            let (text, _) = try TextDecoding.decode(data, path: path)
            _ = consume data
            return read(text: text, path: path, format: format)
        case .docx:
            return try DocxReader.read(data: data, path: path, notes: wordNotes)
        }
    }

    /// The largest draft read, 256 MiB: a report is usually under 1 MB, and reading holds about ten
    /// times its size in memory (positions are also kept in 32 bits, which a text past 4 GiB would
    /// overflow). A larger file is refused before it is read, with a Chinese error.
    public static let maximumInputBytes = 256 << 20

    static func refuseIfTooLarge(_ bytes: Int, path: String) throws(ReadError) {
        guard bytes > maximumInputBytes else { return }
        throw ReadError(
            .tooLarge, path: path,
            detail: "文件过大（\(bytes >> 20) MB）：只能读取 \(maximumInputBytes >> 20) MB 以内的草稿（一份自查自评报告通常不足 1 MB），请确认选对了文件")
    }

    /// Reads a draft already decoded to text: the lines keep the text, and the report's texts are
    /// copied out of it.
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
