import Foundation

/// Text that cannot be written back in its draft's encoding (a fix brought in a character GB18030 lacks).
public struct TextEncodingError: Error, Sendable, CustomStringConvertible {
    public var encoding: TextDecoding.Encoding
    public var description: String { "修复后的文本无法按原编码（\(encoding.rawValue)）保存" }
}

/// Encodes text back into the encoding a draft was read in, so that `--fix` keeps a GB18030 or
/// UTF-16 file in its own encoding.
public enum TextEncoding {
    public static func encode(_ text: String, as encoding: TextDecoding.Encoding) throws(TextEncodingError) -> Data {
        switch encoding {
        case .utf8: return Data(text.utf8)
        case .utf8WithBOM: return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        case .utf16LE, .utf16BE, .utf16LEWithoutBOM, .utf16BEWithoutBOM:
            let little = encoding == .utf16LE || encoding == .utf16LEWithoutBOM
            var bytes: [UInt8] = encoding == .utf16LE ? [0xFF, 0xFE] : encoding == .utf16BE ? [0xFE, 0xFF] : []
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 {
                let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
                bytes += little ? [low, high] : [high, low]
            }
            return Data(bytes)
        case .gb18030:
            guard let bytes = GB18030.encode(text) else { throw TextEncodingError(encoding: encoding) }
            return Data(bytes)
        }
    }
}
