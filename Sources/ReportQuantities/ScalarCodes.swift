import ReportModel

/// A paragraph as the scanners see it: one code per Character (its first Unicode scalar), so that
/// offsets are Character offsets while every test is a plain integer comparison.
///
/// Chinese prose is made of scalars that are each a Character of their own, so the codes are read
/// straight from the Unicode scalars; only text holding scalars that may join a neighbour
/// (combining marks, emoji sequences, `\r\n`, …) takes the slower Character-by-Character path.
struct ScalarCodes {
    let codes: [UInt32]
    /// The Characters, kept only when they are not one scalar each.
    private let characters: [Character]?

    init(_ text: String) {
        if let codes = Self.decodeSimple(text) {
            self.codes = codes
            self.characters = nil
        } else {
            let characters = Array(text)
            self.codes = characters.map { $0.unicodeScalars.first!.value }
            self.characters = characters
        }
    }

    /// The scalar values of `text` in one pass over its UTF-8, or nil when some scalar may join a
    /// neighbour (then the codes must be read Character by Character).
    private static func decodeSimple(_ text: String) -> [UInt32]? {
        let decoded: [UInt32]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var simple = true
            let codes = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                guard var byte = bytes.baseAddress, var out = buffer.baseAddress else { return }
                let end = byte + bytes.count
                while byte < end {
                    let lead = byte.pointee
                    // U+4000…U+9FFF: CJK ideographs (all but the hexagrams U+4DC0…U+4DFF), the common case.
                    if lead &- 0xE4 <= 0xE9 - 0xE4 {
                        let value = (UInt32(lead) & 0x0F) << 12 | (UInt32(byte[1]) & 0x3F) << 6 | UInt32(byte[2]) & 0x3F
                        if value &- 0x4DC0 > 0x4DFF - 0x4DC0 {
                            out.initialize(to: value)
                            out += 1
                            byte += 3
                            continue
                        }
                    }
                    let (value, length) = UTF8Scalars.decode(at: byte)
                    byte += length
                    if !UTF8Scalars.isStandalone(value) {
                        simple = false
                        break
                    }
                    out.initialize(to: value)
                    out += 1
                }
                initialized = buffer.baseAddress!.distance(to: out)
            }
            return simple ? codes : nil
        }
        if let decoded { return decoded }
        var codes: [UInt32] = []
        codes.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            guard UTF8Scalars.isStandalone(scalar.value) else { return nil }
            codes.append(scalar.value)
        }
        return codes
    }

    var count: Int { codes.count }

    func string(_ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        if let characters { return String(characters[range]) }
        var length = 0
        for code in codes[range] {
            length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
        }
        // One allocation (none for the short strings most figures are), no intermediate array.
        return String(unsafeUninitializedCapacity: length) { bytes in
            var at = 0
            for code in codes[range] {
                switch code {
                case 0..<0x80:
                    bytes[at] = UInt8(code)
                    at += 1
                case 0x80..<0x800:
                    bytes[at] = UInt8(0xC0 | (code >> 6))
                    bytes[at + 1] = UInt8(0x80 | (code & 0x3F))
                    at += 2
                case 0x800..<0x10000:
                    bytes[at] = UInt8(0xE0 | (code >> 12))
                    bytes[at + 1] = UInt8(0x80 | ((code >> 6) & 0x3F))
                    bytes[at + 2] = UInt8(0x80 | (code & 0x3F))
                    at += 3
                default:
                    bytes[at] = UInt8(0xF0 | (code >> 18))
                    bytes[at + 1] = UInt8(0x80 | ((code >> 12) & 0x3F))
                    bytes[at + 2] = UInt8(0x80 | ((code >> 6) & 0x3F))
                    bytes[at + 3] = UInt8(0x80 | (code & 0x3F))
                    at += 4
                }
            }
            return at
        }
    }

    /// The Character at `index`.
    func character(at index: Int) -> Character {
        characters?[index] ?? Character(Unicode.Scalar(codes[index])!)
    }

    /// The value of an ASCII or full-width digit.
    @inline(__always) static func digit(_ code: UInt32) -> UInt64? {
        switch code {
        case 0x30...0x39: UInt64(code - 0x30)
        case 0xFF10...0xFF19: UInt64(code - 0xFF10)
        default: nil
        }
    }

    @inline(__always) static func isASCIILetter(_ code: UInt32) -> Bool {
        (0x41...0x5A).contains(code) || (0x61...0x7A).contains(code)
    }

    /// `-`, `—`, `–`, `~`, `～`, `至`, `到`, `－`, `−`: what joins the two ends of a range.
    @inline(__always) static func isRangeMark(_ code: UInt32) -> Bool {
        switch code {
        case 0x2D, 0x2014, 0x2013, 0x7E, 0xFF5E, 0x81F3, 0x5230, 0xFF0D, 0x2212: true
        default: false
        }
    }

    /// `。；;！!？?` and line breaks: where a sentence, and the scope of `其中`, ends.
    @inline(__always) static func isSentenceEnd(_ code: UInt32) -> Bool {
        switch code {
        case 0x3002, 0xFF1B, 0x3B, 0xFF01, 0x21, 0xFF1F, 0x3F, 0x0A, 0x0D: true
        default: false
        }
    }

    /// Commas, colons, brackets, quotes and spaces: where a clause (and a figure's lead) starts.
    @inline(__always) static func isClauseMark(_ code: UInt32) -> Bool {
        switch code {
        case 0xFF0C, 0x2C, 0x3001, 0xFF1A, 0x3A, 0xFF08, 0xFF09, 0x28, 0x29, 0x201C, 0x201D, 0x300A, 0x300B, 0x22,
             0x20, 0x3000, 0x09:
            true
        default: false
        }
    }
}
