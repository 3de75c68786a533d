import Foundation
import ZIPFoundation
#if canImport(CReportZlib)
import CReportZlib
#else
import zlib
#endif

/// Damaged and crafted `.docx` files, built byte by byte from a valid package, for the regression
/// tests of issue 14: each is what an e-mail gateway, a broken disk or an attacker produces.
enum HostileDocx {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A `document.xml` around `body`.
    static func document(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"\(main)\"><w:body>\(body)</w:body></w:document>"
    }

    static let onePara = document("<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p>")

    /// A zip of `parts` (deflated), as a producer would write it.
    static func zip(_ parts: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return archive.data ?? Data()
    }

    static func zip(_ parts: [(String, String)], method: CompressionMethod = .deflate) throws -> Data {
        try zip(parts.map { ($0.0, Data($0.1.utf8)) }, method: method)
    }

    // MARK: - Zip structure

    /// Offset of the end-of-central-directory record.
    static func endRecord(_ data: Data) -> Int {
        var offset = data.count - 22
        while offset > 0 && !(data[offset] == 0x50 && data[offset + 1] == 0x4B && data[offset + 2] == 5 && data[offset + 3] == 6) {
            offset -= 1
        }
        return offset
    }

    static func write32(_ value: UInt32, at offset: Int, in data: inout Data) {
        for index in 0..<4 { data[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    static func write16(_ value: UInt16, at offset: Int, in data: inout Data) {
        for index in 0..<2 { data[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    static func read32(_ offset: Int, in data: Data) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(data[offset + $1]) << (8 * $1) }
    }

    static func read16(_ offset: Int, in data: Data) -> Int {
        Int(data[offset]) | Int(data[offset + 1]) << 8
    }

    static func little64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// The central directory pointing past the end of the file.
    static func directoryPastEnd(_ base: Data) -> Data {
        var data = base
        write32(0xFFFF_FFF0, at: endRecord(data) + 16, in: &data)
        return data
    }

    /// 1,000 bytes cut out of the middle (a damaged transfer).
    static func cutFromMiddle(_ base: Data) -> Data {
        let middle = base.count / 2
        return base.prefix(middle) + base.dropFirst(middle + 1000)
    }

    /// The central directory entry of `part` rewritten to zip64 form, declaring `size` bytes
    /// uncompressed (the sizes in the directory read 0xFFFFFFFF, the real ones sit in the extra field).
    static func zip64Declared(_ base: Data, part: String, size: UInt64) -> Data {
        let end = endRecord(base)
        let directorySize = Int(read32(end + 12, in: base)), directoryOffset = Int(read32(end + 16, in: base))
        var directory = Data()
        var position = directoryOffset
        while position < directoryOffset + directorySize {
            let nameLength = read16(position + 28, in: base), extraLength = read16(position + 30, in: base)
            let commentLength = read16(position + 32, in: base)
            var record = Data(base[position..<(position + 46 + nameLength + extraLength + commentLength)])
            let name = String(decoding: record[46..<(46 + nameLength)], as: UTF8.self)
            if name == part {
                let compressed = read32(20, in: record)
                write32(0xFFFF_FFFF, at: 20, in: &record)
                write32(0xFFFF_FFFF, at: 24, in: &record)
                let extra = Data([0x01, 0x00, 16, 0x00] + little64(size) + little64(UInt64(compressed)))
                record = record.prefix(46 + nameLength) + extra + record.dropFirst(46 + nameLength + extraLength)
                write16(UInt16(extra.count), at: 30, in: &record)
            }
            directory += record
            position += 46 + nameLength + extraLength + commentLength
        }
        var data = base.prefix(directoryOffset) + directory + base.dropFirst(directoryOffset + directorySize)
        write32(UInt32(directory.count), at: endRecord(data) + 12, in: &data)
        return data
    }

    /// A package whose `document.xml` entry says its deflate stream is longer than it is: the stream
    /// is cut in half and both headers agree on the shorter size (a truncated entry with a valid zip).
    static func truncatedEntry() throws -> Data {
        let long = document(String(repeating: "<w:p><w:r><w:t>学校办学条件持续改善。</w:t></w:r></w:p>", count: 400))
        var stream = rawDeflate(Data(long.utf8))
        stream = stream.prefix(stream.count / 2)
        return storedZip(name: "word/document.xml", stream: stream, method: 8, uncompressedSize: UInt32(long.utf8.count),
                         crc: crc32Of(Data(long.utf8)))
    }

    // MARK: - Decompression bombs

    /// A `document.xml` of `segments` MB of `<w:p/>`, deflated to about a thousandth of that: the
    /// 1 MB segment is compressed once after a full flush (which resets the compressor, so every
    /// later copy is the same bytes) and repeated. `declared` is the size the zip claims.
    static func bomb(segments: Int, declared: UInt32? = nil) -> Data {
        let head = Data(document("").dropLast("</w:body></w:document>".utf8.count).utf8)
        let segment = Data(String(repeating: "<w:p/>", count: 174_763).utf8)
        let tail = Data("</w:body></w:document>".utf8)
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        let first = deflateChunk(&stream, head, flush: Z_FULL_FLUSH)
        let repeated = deflateChunk(&stream, segment, flush: Z_FULL_FLUSH)
        let last = deflateChunk(&stream, tail, flush: Z_FINISH)
        var compressed = first
        compressed.reserveCapacity(first.count + repeated.count * segments + last.count)
        for _ in 0..<(segments - 1) { compressed += repeated }
        compressed += last
        let realSize = UInt64(head.count + segment.count * (segments - 1) + tail.count)
        return storedZip(name: "word/document.xml", stream: compressed, method: 8,
                         uncompressedSize: declared ?? UInt32(min(realSize, UInt64(UInt32.max - 1))), crc: 0)
    }

    private static func deflateChunk(_ stream: inout z_stream, _ input: Data, flush: Int32) -> Data {
        var output = Data()
        var input = input
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 20)
        defer { buffer.deallocate() }
        input.withUnsafeMutableBytes { raw in
            stream.next_in = raw.baseAddress?.assumingMemoryBound(to: UInt8.self)
            stream.avail_in = UInt32(raw.count)
            repeat {
                stream.next_out = buffer
                stream.avail_out = 1 << 20
                deflate(&stream, flush)
                output.append(buffer, count: (1 << 20) - Int(stream.avail_out))
            } while stream.avail_out == 0
        }
        return output
    }

    static func rawDeflate(_ input: Data) -> Data {
        var stream = z_stream()
        deflateInit2_(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        return deflateChunk(&stream, input, flush: Z_FINISH)
    }

    static func crc32Of(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { UInt32(crc32(0, $0.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32($0.count))) }
    }

    /// A one-entry zip around an already compressed `stream`, with the sizes and CRC given.
    static func storedZip(name: String, stream: Data, method: UInt16, uncompressedSize: UInt32, crc: UInt32) -> Data {
        let nameBytes = Data(name.utf8)
        var local = Data(count: 30)
        write32(0x0403_4B50, at: 0, in: &local)
        write16(20, at: 4, in: &local)
        write16(method, at: 8, in: &local)
        write32(crc, at: 14, in: &local)
        write32(UInt32(stream.count), at: 18, in: &local)
        write32(uncompressedSize, at: 22, in: &local)
        write16(UInt16(nameBytes.count), at: 26, in: &local)
        var central = Data(count: 46)
        write32(0x0201_4B50, at: 0, in: &central)
        write16(20, at: 4, in: &central)
        write16(20, at: 6, in: &central)
        write16(method, at: 10, in: &central)
        write32(crc, at: 16, in: &central)
        write32(UInt32(stream.count), at: 20, in: &central)
        write32(uncompressedSize, at: 24, in: &central)
        write16(UInt16(nameBytes.count), at: 28, in: &central)
        let body = local + nameBytes + stream
        central += nameBytes
        var end = Data(count: 22)
        write32(0x0605_4B50, at: 0, in: &end)
        write16(1, at: 8, in: &end)
        write16(1, at: 10, in: &end)
        write32(UInt32(central.count), at: 12, in: &end)
        write32(UInt32(body.count), at: 16, in: &end)
        return body + central + end
    }

    // MARK: - Hostile XML

    /// `depth` nested `element`s inside a definition part's root.
    static func deep(root: String, element: String, depth: Int) -> String {
        "<w:\(root) xmlns:w=\"\(main)\">" + String(repeating: "<w:\(element)>", count: depth)
            + String(repeating: "</w:\(element)>", count: depth) + "</w:\(root)>"
    }

    /// Billion laughs: ten levels of entities, each ten of the one below, in an attribute of `styles.xml`.
    static let billionLaughs: String = {
        var dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        return dtd + "]>\n<w:styles xmlns:w=\"\(main)\"><w:style w:styleId=\"&lol9;\"/></w:styles>"
    }()

    /// A table cell spanning `span` columns.
    static func gridSpan(_ span: String) -> String {
        document("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr>"
            + "<w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    }

    /// A valid `document.xml` of more than `megabytes` MB.
    static func large(megabytes: Int) -> String {
        let paragraph = "<w:p><w:r><w:t>学校在校学生人数逐年增长，教育经费投入持续加大，办学条件明显改善。</w:t></w:r></w:p>"
        let count = megabytes * 1_048_576 / paragraph.utf8.count + 1
        return document("<w:p><w:r><w:t>一、基本情况</w:t></w:r></w:p>" + String(repeating: paragraph, count: count))
    }
}
