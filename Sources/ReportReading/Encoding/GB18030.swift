#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (a superset of GBK and GB2312, which government offices still save in) to and from
/// UTF-8, through the C library's iconv: the one transcoder both reading and `--fix` use.
enum GB18030 {
    /// The text of GB18030 bytes, or nil when they are not valid GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        // A GB18030 character of two bytes is three in UTF-8, of four bytes four.
        guard let utf8 = convert(bytes, from: "GB18030", to: "UTF-8", capacity: bytes.count * 2 + 4) else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// The GB18030 bytes of `text`, or nil when it holds a character GB18030 lacks.
    static func encode(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        // No character is longer in GB18030 than in UTF-8.
        return convert(utf8, from: "UTF-8", to: "GB18030", capacity: utf8.count + 16)
    }

    /// All of `bytes` converted in one call, or nil on an invalid or incomplete sequence.
    private static func convert(_ bytes: [UInt8], from source: String, to target: String, capacity: Int) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: capacity)
        let written: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer = inputBuffer.baseAddress, inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress, outLeft = capacity
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return capacity - outLeft
            }
        }
        guard let written else { return nil }
        return output.prefix(written).map { UInt8(bitPattern: $0) }
    }
}
