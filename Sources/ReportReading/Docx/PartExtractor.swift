import Foundation
#if canImport(CReportZlib)
import CReportZlib
#else
import zlib
#endif

/// Takes parts out of a `.docx` under a hard limit on how much they may expand to, so that a small
/// file whose XML inflates to gigabytes (a decompression bomb) is refused at once, in bounded memory.
///
/// The rule: all the parts read from one package together may expand to at most
/// `DocxLimits.expandedBytes` (200 MB). A part's declared size is only an upper bound the data is
/// held to: a part declaring more than what is left of the limit is refused before anything is
/// inflated, and output beyond the declared size, a stream that ends short of it or a CRC that does
/// not match is damage. A declared size deflate could not reach from the stored bytes (more than
/// 1,032 times them) is damage too, so that no buffer is ever sized by an impossible number.
/// A class, so that a `DocxPackage` passed around by value still counts every part against one limit.
final class PartExtractor {
    /// Why a part could not be taken out.
    enum Failure: Error, Equatable {
        case damaged(String)
        case tooLarge(part: String)
        case encrypted(part: String)
        case unsupportedMethod(part: String)
    }

    private let directory: ZipDirectory
    /// Bytes the parts read so far expanded to.
    private(set) var expanded = 0
    private let limit: Int

    init(_ directory: ZipDirectory, limit: Int = DocxLimits.expandedBytes) {
        precondition(limit < Int(UInt32.max), "zlib counts output in 32 bits")
        self.directory = directory
        self.limit = limit
    }

    /// The largest ratio of output to input deflate can reach (258-byte matches at 1 bit each, plus
    /// block overhead); a declared size above it cannot be true.
    private static let deflateMaximumRatio: UInt64 = 1032

    /// The bytes of `entry`, checked and counted against the limit.
    func extract(_ entry: ZipDirectory.Entry) throws(Failure) -> Data {
        guard !entry.isEncrypted else { throw .encrypted(part: entry.name) }
        let range: Range<Int>
        do {
            range = try directory.dataRange(of: entry)
        } catch {
            throw .damaged(error.reason)
        }
        let declared = entry.uncompressedSize
        let remaining = UInt64(max(0, limit - expanded))
        let output: Data
        switch entry.method {
        case 0:
            guard declared == entry.compressedSize else { throw .damaged("\(entry.name) 记录的大小前后不一致") }
            guard declared <= remaining else { throw .tooLarge(part: entry.name) }
            let start = directory.data.startIndex
            output = Data(directory.data[(start + range.lowerBound)..<(start + range.upperBound)])
        case 8:
            guard declared / Self.deflateMaximumRatio <= entry.compressedSize + 1 else {
                throw .damaged("\(entry.name) 记录的解压后大小不可能成立")
            }
            guard declared <= remaining else { throw .tooLarge(part: entry.name) }
            guard range.count < Int(UInt32.max) else { throw .tooLarge(part: entry.name) }
            output = try Self.inflated(directory.data, range: range, size: Int(declared), name: entry.name)
        default:
            throw .unsupportedMethod(part: entry.name)
        }
        guard Self.checksum(of: output) == entry.crc32 else {
            throw .damaged("\(entry.name) 的校验和不符（内容已被改动或不完整）")
        }
        expanded += output.count
        return output
    }

    /// Inflates the raw deflate stream in `range` of `data`, which must produce exactly `size` bytes.
    /// The output buffer has one byte more than declared: filling it means the stream is longer.
    private static func inflated(_ data: Data, range: Range<Int>, size: Int, name: String) throws(Failure) -> Data {
        var output = Data(count: size + 1)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("\(name) 无法解压")
        }
        defer { inflateEnd(&stream) }
        let status = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Int32 in
            output.withUnsafeMutableBytes { (out: UnsafeMutableRawBufferPointer) -> Int32 in
                guard let source = input.baseAddress, let target = out.baseAddress else { return Z_DATA_ERROR }
                stream.next_in = UnsafeMutablePointer(mutating: source.assumingMemoryBound(to: UInt8.self) + range.lowerBound)
                stream.avail_in = UInt32(range.count)
                stream.next_out = target.assumingMemoryBound(to: UInt8.self)
                stream.avail_out = UInt32(out.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        switch status {
        case Z_STREAM_END where Int(stream.total_out) == size:
            output.count = size
            return output
        case Z_STREAM_END:
            throw .damaged("\(name) 解压后的大小与记录不符")
        case Z_BUF_ERROR where stream.avail_out == 0, Z_OK where stream.avail_out == 0:
            throw .damaged("\(name) 解压后的大小超过了记录的大小")
        case Z_BUF_ERROR, Z_OK:
            throw .damaged("\(name) 的压缩数据不完整（文件在中途被截断）")
        default:
            throw .damaged("\(name) 的压缩数据已损坏")
        }
    }

    /// The zip CRC-32 of `data`.
    static func checksum(of data: Data) -> UInt32 {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> UInt32 in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
            var crc: UInt = 0
            var offset = 0
            while offset < buffer.count {
                let piece = min(buffer.count - offset, 1 << 30)
                crc = crc32(crc, base + offset, UInt32(piece))
                offset += piece
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
