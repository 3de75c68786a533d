#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// A fixed set of phrases looked for in one pass over a text's UTF-8.
///
/// A 64-bit mask of the phrases' first scalars (by the low six bits of their last UTF-8 byte) rules
/// out almost every position before any phrase is compared, so a line is read once however many
/// phrases there are, instead of once per phrase.
struct PhraseSet: Sendable {
    private let phrases: [[UInt8]]
    private let initialBits: UInt64

    init(_ phrases: [String]) {
        self.phrases = phrases.filter { !$0.isEmpty }.map { Array($0.utf8) }
        self.initialBits = self.phrases.reduce(0) { bits, phrase in bits | Self.bit(ofScalarAt: 0, in: phrase) }
    }

    /// Whether any phrase occurs in `text`.
    func occurs<Text: StringProtocol>(in text: Text) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(occurs) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(occurs)
    }

    private func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count {
            let length = Self.scalarLength(lead: bytes[index])
            let end = index + length
            guard end <= bytes.count else { return false }
            if initialBits & (1 << UInt64(bytes[end - 1] & 63)) != 0 {
                for phrase in phrases where phrase.count <= bytes.count - index
                    && phrase.withUnsafeBufferPointer({ memcmp(base + index, $0.baseAddress!, $0.count) == 0 }) {
                    return true
                }
            }
            index = end
        }
        return false
    }

    /// The mask bit of the scalar starting at `index`: the low six bits of its last byte.
    private static func bit(ofScalarAt index: Int, in bytes: [UInt8]) -> UInt64 {
        let end = min(index + scalarLength(lead: bytes[index]), bytes.count)
        return 1 << UInt64(bytes[end - 1] & 63)
    }

    @inline(__always)
    private static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
