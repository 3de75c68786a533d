import Foundation

/// Turns a draft's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, UTF-16 without BOM
/// (recognised by its zero bytes, see `utf16WithoutBOM`), or GB18030/GBK (which government offices
/// still save), detected in that order. Anything else is an error that names the line of the first
/// byte that is neither.
public enum TextDecoding {
    /// The encoding a draft turned out to be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf8WithBOM = "UTF-8 (BOM)", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", gb18030 = "GB18030"
        case utf16LEWithoutBOM = "UTF-16LE (无 BOM)", utf16BEWithoutBOM = "UTF-16BE (无 BOM)"
    }

    public static func decode(_ data: Data, path: String) throws(ReadError) -> (text: String, encoding: Encoding) {
        guard !data.isEmpty else { throw ReadError(.empty, path: path, detail: "文件是空的，没有可检查的内容") }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw undecodable(bytes, from: 3, path: path, encoding: "UTF-8")
            }
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes.dropFirst(2), littleEndian: true, path: path), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes.dropFirst(2), littleEndian: false, path: path), .utf16BE) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ReadError(.binary, path: path, detail: "这是一个压缩包（可能是 Word 文档），不是文本文件；Word 文档请使用 .docx 扩展名")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ReadError(.binary, path: path, detail: "这是旧版 Word（.doc）等二进制文件，无法读取；请在 Word 中另存为 .docx 或纯文本")
        }
        if let littleEndian = utf16WithoutBOM(bytes) {
            return (try utf16(bytes[...], littleEndian: littleEndian, path: path), littleEndian ? .utf16LEWithoutBOM : .utf16BEWithoutBOM)
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            throw ReadError(.binary, path: path, line: lineNumber(of: nul, in: bytes),
                            detail: "这是二进制文件（含有空字节），不是文本草稿")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let text = GB18030.decode(bytes) { return (text, .gb18030) }
        throw undecodable(bytes, from: 0, path: path, encoding: "UTF-8 或 GB18030")
    }

    private static func utf16(_ body: ArraySlice<UInt8>, littleEndian: Bool, path: String) throws(ReadError) -> String {
        guard body.count % 2 == 0 else {
            throw ReadError(.undecodable, path: path, detail: "UTF-16 文件的字节数为奇数，文件可能已损坏")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index]), second = UInt16(body[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw ReadError(.undecodable, path: path, detail: "UTF-16 文件中有无效的字符，文件可能已损坏")
        }
        return text
    }

    /// Whether `bytes` look like UTF-16 saved without a byte-order mark, and in which byte order:
    /// true for little-endian (Windows "Unicode"), false for big-endian, nil when they do not.
    ///
    /// Only bytes holding a zero are candidates: every ASCII character (digits, spaces, line breaks)
    /// has a zero byte in UTF-16, while UTF-8 and GB18030 text has none. The first 64 KB are read as
    /// UTF-16 in both byte orders; an order qualifies when it gives no control characters (other than
    /// tab, line and page breaks) and at least 90% of its characters are ones a Chinese draft is made
    /// of (ASCII, Latin-1, CJK ideographs and punctuation, full-width forms, general punctuation,
    /// letter-like symbols, arrows and mathematical operators, circled and Roman numerals, units like
    /// ㎡). Binary data fails on controls. Of two qualifying orders the one whose characters are more
    /// typical wins (ASCII, ideographs and CJK punctuation count most), then the one with more ASCII:
    /// swapped ideographs land in unrelated blocks. A file of one or two characters can be read both
    /// ways (`4E 00` is "N" or "一"); little-endian, Windows' order, wins a full tie.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(65_536)
        let hasZero = sample.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        guard hasZero else { return nil }
        let little = DraftLikeness(sample, littleEndian: true)
        let big = DraftLikeness(sample, littleEndian: false)
        switch (little?.qualifies ?? false, big?.qualifies ?? false) {
        case (false, false): return nil
        case (true, false): return true
        case (false, true): return false
        case (true, true): return !(big! > little!)
        }
    }

    /// How much UTF-16 text read in one byte order looks like a Chinese draft.
    private struct DraftLikeness: Comparable {
        var share: Double
        var points = 0
        var ascii = 0

        var qualifies: Bool { share >= 0.9 }

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.points, lhs.ascii) < (rhs.points, rhs.ascii) }

        /// Nil when a unit is a control character (NUL included).
        init?(_ sample: ArraySlice<UInt8>, littleEndian: Bool) {
            var common = 0, total = 0
            var index = sample.startIndex
            while index + 1 < sample.endIndex {
                let first = UInt16(sample[index]), second = UInt16(sample[index + 1])
                let unit = littleEndian ? first | second << 8 : first << 8 | second
                index += 2
                total += 1
                switch unit {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x20...0x7E:
                    common += 1; points += 3; ascii += 1
                case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFFEF:
                    common += 1; points += 3
                case 0xA0...0xFF, 0x2000...0x22FF, 0x2460...0x27BF, 0x3200...0x33FF, 0xD800...0xDFFF, 0xFE30...0xFE4F:
                    common += 1; points += 1
                case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                    return nil
                default:
                    break
                }
            }
            guard total > 0 else { return nil }
            share = Double(common) / Double(total)
        }
    }

    private static func undecodable(_ bytes: [UInt8], from start: Int, path: String, encoding: String) -> ReadError {
        let offset = firstInvalidUTF8Offset(bytes, from: start)
        return ReadError(.undecodable, path: path, line: lineNumber(of: offset, in: bytes),
                         detail: "第\(offset + 1)字节起无法按 \(encoding) 解码；请将文件另存为 UTF-8 编码")
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8], from start: Int) -> Int {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        var offset = start
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
