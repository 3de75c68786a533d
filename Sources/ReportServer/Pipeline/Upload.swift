import Foundation
import ReportReading

/// An uploaded draft: its bytes, the file name the browser gave, and the format that name names.
public struct Upload: Sendable {
    /// The largest upload the server accepts (20 MB).
    public static let maximumSize = 20 * 1024 * 1024

    public var data: Data
    public var name: String
    public var format: InputFormat

    /// Checks an upload: `name` (from `?name=` or `X-Filename`) chooses the format by its extension;
    /// without a name the body is taken as pasted text.
    public init(data: Data, name: String?) throws(ServerError) {
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let name = trimmed.isEmpty ? "粘贴的文本.txt" : Self.lastComponent(trimmed)
        let ext = (name as NSString).pathExtension
        guard let format = InputFormat(pathExtension: ext) else {
            throw .badRequest("\(name): 不支持的文件类型“\(ext.isEmpty ? "无扩展名" : "." + ext)”；请上传 .docx、.txt 或 .md 草稿")
        }
        guard !data.isEmpty else { throw .badRequest("\(name): 上传的内容为空，请选择草稿文件或粘贴正文") }
        guard data.count <= Self.maximumSize else { throw .tooLarge }
        if format != .docx, Self.containsNUL(data) {
            throw .badRequest("\(name): 内容不是文本（含有二进制数据）；Word 文档请以 .docx 文件名上传")
        }
        self.data = data
        self.name = name
        self.format = format
    }

    /// Whether the bytes hold a NUL (memchr: iterating `Data` byte by byte costs more than parsing).
    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    /// The name without any folder part, so that a name never points anywhere on disk.
    static func lastComponent(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return parts.last.map(String.init) ?? name
    }

    /// Reads the draft; a reader error becomes a 400 with the reader's Chinese message. A rendering
    /// leaves a Word draft's footnotes and text boxes out (`wordNotes: .leftOut`).
    func read(wordNotes: WordNotes = .inline) throws(ServerError) -> SourceDocument {
        do {
            return try ReportReader.read(data: data, path: name, format: format, wordNotes: wordNotes)
        } catch {
            throw .badRequest(error.description)
        }
    }
}
