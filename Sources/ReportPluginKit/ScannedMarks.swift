/// Which of the non-ASCII marks the rules look for most occur in a text: a bit per mark, noted while
/// the text is decoded, so that a rule skips a text without its marks instead of scanning it. An
/// internal detail of `RuleText` and `MarkSet`.
struct ScannedMarks: Hashable, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The marks tracked, bit `i` for `tracked[i]`: paired punctuation, the doubled marks, the
    /// placeholder marks and the characters that anchor document numbers and dates.
    static let tracked: [Unicode.Scalar] = Array(
        "“”‘’《》（）〔〕【】。，、；：！？×Ｘｘ某号月".unicodeScalars)

    /// Set in a query for a mark that is not tracked: the summary cannot rule it out.
    static let untrackedBit: UInt64 = 1 << 63

    /// The set of the non-ASCII scalars of `marks`; one that is not tracked sets `untrackedBit`, so
    /// that any character can be asked for (a text may then have to be scanned).
    init(_ marks: String) {
        var raw: UInt64 = 0
        for mark in marks.unicodeScalars where !mark.isASCII {
            if let bit = Self.bit(of: mark) { raw |= 1 << UInt64(bit) } else { raw |= Self.untrackedBit }
        }
        self.rawValue = raw
    }

    /// The bit of `mark`, or nil when the mark is not tracked.
    static func bit(of mark: Unicode.Scalar) -> Int? { tracked.firstIndex(of: mark) }

    /// Whether the set holds `mark` (false for a mark that is not tracked).
    func contains(_ mark: Unicode.Scalar) -> Bool {
        guard let bit = Self.bit(of: mark) else { return false }
        return rawValue & (1 << UInt64(bit)) != 0
    }

    /// Whether the two sets may share a mark (always when either asks for an untracked one).
    @inline(__always)
    func intersects(_ other: ScannedMarks) -> Bool { rawValue & other.rawValue != 0 || (rawValue | other.rawValue) & Self.untrackedBit != 0 }

    /// A hash of a non-ASCII value into 0..<256, without collisions among the tracked marks.
    @inline(__always)
    static func slot(_ value: UInt32) -> Int { Int((value ^ (value >> 8)) & 0xFF) }

    /// For each slot, the tracked mark that hashes to it (0 when none) and its bit, so that the
    /// decoder notes a mark with one load and one compare.
    static let table: (values: [UInt32], bits: [UInt64]) = {
        var values = [UInt32](repeating: 0, count: 256)
        var bits = [UInt64](repeating: 0, count: 256)
        for (bit, mark) in tracked.enumerated() {
            let slot = slot(mark.value)
            precondition(values[slot] == 0, "two tracked marks share a slot")
            values[slot] = mark.value
            bits[slot] = 1 << UInt64(bit)
        }
        return (values, bits)
    }()
}
