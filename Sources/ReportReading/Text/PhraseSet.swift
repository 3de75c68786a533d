#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// A fixed set of phrases looked for in one pass over a text's UTF-8.
///
/// A 64-bit mask of the phrases' first scalars (by the low six bits of their last UTF-8 byte) rules
/// out most positions before any phrase is compared, and only the phrases whose first scalar shares
/// those bits are compared at the others: a line is read once however many phrases there are,
/// instead of once per phrase.
struct PhraseSet: Sendable {
    /// The phrases by the mask bit of their first scalar.
    private let buckets: [[[UInt8]]]
    private let initialBits: UInt64

    init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 64)
        var bits: UInt64 = 0
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            let bit = Self.bit(ofScalarAt: 0, in: bytes)
            bits |= 1 << UInt64(bit)
            buckets[bit].append(bytes)
        }
        self.buckets = buckets
        self.initialBits = bits
    }

    /// Whether any phrase occurs in `text`.
    func occurs<Text: StringProtocol>(in text: Text) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(occurs) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(occurs)
    }

    /// Whether any phrase occurs in the UTF-8 `bytes`.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count {
            let end = index + Self.scalarLength(lead: bytes[index])
            guard end <= bytes.count else { return false }
            let bit = Int(bytes[end - 1] & 63)
            if initialBits & (1 << UInt64(bit)) != 0 {
                for phrase in buckets[bit] where phrase.count <= bytes.count - index
                    && phrase.withUnsafeBufferPointer({ memcmp(base + index, $0.baseAddress!, $0.count) == 0 }) {
                    return true
                }
            }
            index = end
        }
        return false
    }

    /// The mask bit of the scalar starting at `index`: the low six bits of its last byte.
    private static func bit(ofScalarAt index: Int, in bytes: [UInt8]) -> Int {
        let end = min(index + scalarLength(lead: bytes[index]), bytes.count)
        return Int(bytes[end - 1] & 63)
    }

    @inline(__always)
    private static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
