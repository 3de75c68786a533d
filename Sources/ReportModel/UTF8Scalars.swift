/// Decoding of valid UTF-8 (the bytes of a Swift `String`) straight from its buffer: the scanners'
/// hot loops, without the generic iterator of `unicodeScalars`. Rules that scan their own buffers
/// decode with `decode(at:)`, so there is one decoder.
public enum UTF8Scalars {
    /// The scalar value whose UTF-8 starts at `byte` and the number of bytes it takes. The bytes
    /// must be valid UTF-8 (as a `String`'s are); the common Chinese case is tested first.
    @inlinable @inline(__always)
    public static func decode(at byte: UnsafePointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(byte.pointee)
        if lead >= 0xE0 && lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(byte[1] & 0x3F) << 6 | UInt32(byte[2] & 0x3F), 3)
        }
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(byte[1] & 0x3F), 2) }
        return ((lead & 0x07) << 18 | UInt32(byte[1] & 0x3F) << 12 | UInt32(byte[2] & 0x3F) << 6 | UInt32(byte[3] & 0x3F), 4)
    }

    /// The scalar starting at `index` and the index after it. The bytes must be valid UTF-8.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, next: Int) {
        let (value, length) = decode(at: bytes.baseAddress.unsafelyUnwrapped + index)
        return (value, index + length)
    }

    /// The first `limit` scalars, whether every one stands alone as a Character, and whether the
    /// text went on past `limit`.
    @usableFromInline
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int)
        -> (scalars: [Unicode.Scalar], aligned: Bool, truncated: Bool)
    {
        var aligned = true
        var index = 0
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: Swift.min(limit, bytes.count)) { buffer, count in
            let base = buffer.baseAddress.unsafelyUnwrapped
            while index < bytes.count, count < limit {
                let lead = bytes[index]
                let value: UInt32
                if lead >= 0xE4 && lead <= 0xE9 {
                    // U+4000…U+9FFF, CJK ideographs: the common case, each a Character of its own.
                    value = (UInt32(lead) & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6
                        | UInt32(bytes[index + 2]) & 0x3F
                    index += 3
                } else {
                    let decoded = scalar(in: bytes, at: index)
                    value = decoded.value
                    index = decoded.next
                    if aligned && !isStandalone(value) { aligned = false }
                }
                (base + count).initialize(to: Unicode.Scalar(decoded: value))
                count += 1
            }
        }
        return (scalars, aligned, index < bytes.count)
    }

    /// The number of scalars: every byte that is not a continuation byte starts one.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The number of scalars when each is a Character of its own, or nil when grapheme breaking is
    /// needed to count.
    @usableFromInline
    static func countIfStandalone(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        while index < bytes.count {
            guard let length = standaloneLength(at: bytes.baseAddress.unsafelyUnwrapped + index) else { return nil }
            index += length
            count += 1
        }
        return count
    }

    /// The byte length of the scalar whose UTF-8 starts at `byte` when that scalar is a Character of
    /// its own whatever its neighbours are (`isStandalone`), or nil. ASCII, ideographs and the
    /// punctuation of Chinese prose are answered from their bytes. The bytes must be valid UTF-8.
    @inlinable @inline(__always)
    public static func standaloneLength(at byte: UnsafePointer<UInt8>) -> Int? {
        let lead = byte.pointee
        if lead >= 0x20 && lead < 0x7F { return 1 }
        // U+4000…U+9FFF: CJK ideographs, every one a Character of its own.
        if lead >= 0xE4 && lead <= 0xE9 { return 3 }
        if lead >= 0xE2 && lead <= 0xEF, isStandalonePunctuation(lead, byte[1], byte[2]) { return 3 }
        let (value, length) = decode(at: byte)
        return isStandalone(value) ? length : nil
    }
}

extension UTF8Scalars {
    /// Whether a scalar always forms a Character of its own, whatever its neighbours are: the one
    /// test every scanner uses to decide that scalar offsets are Character offsets. Conservative:
    /// anything not known to be standalone sends the text down the Character-by-Character path.
    @inlinable @inline(__always)
    public static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x2FF, 0x09, 0x0A: return true
        case 0x2000...0x200B, 0x2010...0x206F, 0x2100...0x2BFF: return true
        case 0x2E80...0x3029, 0x3030...0x3098, 0x309B...0x9FFF: return true
        case 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F: return true
        case 0xFF01...0xFF9D, 0xFFA0...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Whether a three-byte sequence (or a lead byte and the two bytes after it) is one of the
    /// punctuation marks that run through Chinese prose and stand alone as Characters: U+3000…U+3029
    /// and U+3030…U+303F (、。〈〉《》「」【】〔〕…), U+2000…U+200B and U+2010…U+203F (—‘’“”…),
    /// U+FF01…U+FF7F (full-width ，：；（）！？…). The same answer as `isStandalone`, tested
    /// on the bytes without decoding. Only called on the lead byte of a valid three-byte sequence,
    /// so the two bytes after it exist.
    @usableFromInline @inline(__always)
    static func isStandalonePunctuation(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (lead, second) {
        case (0xE3, 0x80): third < 0xAA || third > 0xAF  // not U+302A…U+302F (combining tone marks)
        case (0xE2, 0x80): third < 0x8C || third > 0x8F  // not U+200C…U+200F (joiners, direction marks)
        case (0xEF, 0xBC): third != 0x80  // not U+FF00
        case (0xEF, 0xBD): true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// A scalar from a value decoded from valid UTF-8.
    @inline(__always)
    init(decoded value: UInt32) {
        self = Unicode.Scalar(value).unsafelyUnwrapped
    }
}
