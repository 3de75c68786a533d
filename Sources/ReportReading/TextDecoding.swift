import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a draft's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK
/// (which government offices still save), detected in that order. Anything else is an error that
/// names the line of the first byte that is neither.
public enum TextDecoding {
    /// The encoding a draft turned out to be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf8WithBOM = "UTF-8 (BOM)", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", gb18030 = "GB18030"
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
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes, littleEndian: true, path: path), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes, littleEndian: false, path: path), .utf16BE) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ReadError(.binary, path: path, detail: "这是一个压缩包（可能是 Word 文档），不是文本文件；Word 文档请使用 .docx 扩展名")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ReadError(.binary, path: path, detail: "这是旧版 Word（.doc）等二进制文件，无法读取；请在 Word 中另存为 .docx 或纯文本")
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            throw ReadError(.binary, path: path, line: lineNumber(of: nul, in: bytes),
                            detail: "这是二进制文件（含有空字节），不是文本草稿")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let text = gb18030(bytes) { return (text, .gb18030) }
        throw undecodable(bytes, from: 0, path: path, encoding: "UTF-8 或 GB18030")
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, path: String) throws(ReadError) -> String {
        let body = bytes.dropFirst(2)
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

    /// Decodes GB18030 (a superset of GBK and GB2312) with the C library's iconv.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
        let outputCapacity = output.count
        let converted: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
                var inLeft = inputBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress
                var outLeft = outputCapacity
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outputCapacity - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output.prefix(converted).map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
