/// Which ASCII scalars a text holds, in 64 bits: one bit each for `!` … `_` (0x21–0x5F: the
/// half-width marks, digits and capitals rules look for), and one bit for all the others (space,
/// controls, lowercase letters, `` ` `` and `{|}~`). A question about one of the first is answered
/// by its bit; about one of the others, "no" when their bit is clear, else by a scan of the text.
struct ASCIISummary: Hashable, Sendable {
    let bits: UInt64

    /// The bit shared by the scalars without a bit of their own.
    static let othersBit: UInt64 = 1 << 63

    init(bits: UInt64) { self.bits = bits }

    /// The summary of a text whose ASCII scalars are `mask` (bit `v` of `.0` for `v < 64`, bit
    /// `v - 64` of `.1`), as the decoder notes them.
    init(mask: (UInt64, UInt64)) {
        // 0x21…0x3F are bits 33…63 of the low word, 0x40…0x5F bits 0…31 of the high word.
        let exact = mask.0 >> 33 | (mask.1 & 0xFFFF_FFFF) << 31
        let others = mask.0 & 0x1_FFFF_FFFF != 0 || mask.1 >> 32 != 0
        bits = exact | (others ? Self.othersBit : 0)
    }

    /// The bit of `value` (an ASCII value), `othersBit` for the scalars without one of their own.
    @inline(__always)
    static func bit(of value: UInt32) -> UInt64 {
        value >= 0x21 && value <= 0x5F ? 1 << UInt64(value - 0x21) : othersBit
    }

    /// The summary of a set of scalars (a `MarkSet`'s ASCII members).
    init(of scalars: some Sequence<Unicode.Scalar>) {
        var bits: UInt64 = 0
        for scalar in scalars where scalar.isASCII { bits |= Self.bit(of: scalar.value) }
        self.bits = bits
    }

    /// Whether the text surely holds one of the scalars of `set` (by their own bits).
    @inline(__always)
    func surelyHoldsAny(of set: ASCIISummary) -> Bool { bits & set.bits & ~Self.othersBit != 0 }

    /// Whether the text may hold one of the scalars of `set` that have no bit of their own (a scan
    /// tells).
    @inline(__always)
    func mayHoldOthers(of set: ASCIISummary) -> Bool { bits & set.bits & Self.othersBit != 0 }
}
