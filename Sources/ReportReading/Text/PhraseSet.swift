#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// A fixed set of phrases looked for in one pass over a text's UTF-8.
///
/// The lead bytes of the phrases' first scalars rule out most positions at a test of one bit (the
/// bytes of a line are stepped one by one: a lead byte only ever starts a scalar), a 64-bit mask of
/// those scalars (by the low six bits of their last UTF-8 byte) most of the rest, and only the
/// phrases whose first scalar shares those bits are compared at the others: a line is read once
/// however many phrases there are, instead of once per phrase.
struct PhraseSet: Sendable {
    /// The phrases by the mask bit of their first scalar.
    private let buckets: [[[UInt8]]]
    private let initialBits: UInt64
    /// The first bytes of the phrases: ASCII 0x00…0x3F, ASCII 0x40…0x7F, and lead bytes 0xC0…0xFF.
    private let leadBits: (low: UInt64, high: UInt64, multibyte: UInt64)

    init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 64)
        var bits: UInt64 = 0
        var leadBits: (low: UInt64, high: UInt64, multibyte: UInt64) = (0, 0, 0)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            let bit = Self.bit(ofScalarAt: 0, in: bytes)
            bits |= 1 << UInt64(bit)
            buckets[bit].append(bytes)
            let lead = bytes[0]
            switch lead {
            case ..<0x40: leadBits.low |= 1 << UInt64(lead)
            case ..<0x80: leadBits.high |= 1 << UInt64(lead - 0x40)
            default: leadBits.multibyte |= 1 << UInt64(lead - 0xC0)
            }
        }
        self.buckets = buckets
        self.initialBits = bits
        self.leadBits = leadBits
    }

    /// Whether any phrase occurs in `text`.
    func occurs<Text: StringProtocol>(in text: Text) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(occurs) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(occurs)
    }

    /// Whether any phrase occurs in the UTF-8 `bytes` (valid UTF-8, so a phrase's first byte, never
    /// a continuation byte, is only met where a scalar starts). The loop over the bytes only tests
    /// each against the lead bits, held in registers; a byte that passes is looked at further.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (low, high, multibyte) = leadBits
        if low == 0 && high == 0 {
            // No phrase starts with ASCII (the usual case: Chinese phrases): only lead bytes of
            // multibyte scalars are looked at.
            for index in bytes.indices where bytes[index] >= 0xC0 {
                if multibyte >> UInt64(bytes[index] & 63) & 1 != 0, occurs(at: index, in: bytes) { return true }
            }
            return false
        }
        for index in bytes.indices {
            let byte = bytes[index]
            let bits = byte < 0x40 ? low : byte < 0x80 ? high : byte >= 0xC0 ? multibyte : 0
            if bits >> UInt64(byte & 63) & 1 != 0, occurs(at: index, in: bytes) { return true }
        }
        return false
    }

    /// Whether a phrase starts at `index` of `bytes`, where a scalar starts.
    func starts(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool { occurs(at: index, in: bytes) }

    /// Whether a phrase starts at `index`, where a scalar starts. Kept out of line, so that the loop
    /// that calls it keeps its state in registers.
    @inline(never)
    private func occurs(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = index + Self.scalarLength(lead: bytes[index])
        guard end <= bytes.count, let base = bytes.baseAddress else { return false }
        let bit = Int(bytes[end - 1] & 63)
        guard initialBits & (1 << UInt64(bit)) != 0 else { return false }
        for phrase in buckets[bit] where phrase.count <= bytes.count - index
            && phrase.withUnsafeBufferPointer({ memcmp(base + index, $0.baseAddress!, $0.count) == 0 }) {
            return true
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
