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
        if format != .docx, Self.containsNUL(data), !Self.looksLikeUTF16(data) {
            throw .badRequest("\(name): 内容不是文本（含有二进制数据）；Word 文档请以 .docx 文件名上传")
        }
        self.data = data
        self.name = name
        self.format = format
    }

    /// The name without its extension (`草稿` for `草稿.docx`), for the names of downloads.
    var stem: String {
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? "报告" : stem
    }

    /// Whether the bytes hold a NUL (memchr: iterating `Data` byte by byte costs more than parsing).
    static func containsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }

    /// Whether bytes with NULs are UTF-16 text (Notepad's "Unicode"), which the reader decodes: a
    /// byte-order mark, or a first 64 KB that reads in one byte order as valid UTF-16 with no NUL
    /// and no control character but tab and line breaks (binary data fails that at once).
    static func looksLikeUTF16(_ data: Data) -> Bool {
        guard data.count % 2 == 0 else { return false }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return true }
        let bytes = [UInt8](data.prefix(65536))
        return [true, false].contains { littleEndian in
            var pendingHigh = false
            for index in stride(from: 0, to: bytes.count, by: 2) {
                let unit = littleEndian
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                if pendingHigh {
                    guard (0xDC00...0xDFFF).contains(unit) else { return false }
                    pendingHigh = false
                } else if (0xD800...0xDBFF).contains(unit) {
                    pendingHigh = true
                } else if (0xDC00...0xDFFF).contains(unit) || (unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D) {
                    return false
                }
            }
            return true
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
