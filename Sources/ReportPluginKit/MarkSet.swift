/// A set of characters a rule looks for (`MarkSet("《》")`, `MarkSet(",;:?!()\"")`): any characters
/// at all. Make it once (a `static let`) and search texts with `RuleText.firstIndex(of:from:)` and
/// `RuleText.containsAny(of:)`; how the search is made fast is not the rule's concern.
///
/// A character of several scalars (`e` and a combining accent) is looked for by its first scalar.
public struct MarkSet: Sendable {
    /// One bit per scalar of the Basic Multilingual Plane, so that a search tests each scalar with
    /// one load (scalars above U+FFFF share the bit of their stand-in, 0xD800, and are checked apart).
    let bits: [UInt64]
    /// The members above U+FFFF.
    let wide: Set<Unicode.Scalar>
    /// The ASCII members as a summary, the tracked marks among the others as the decoder's summary
    /// (with its "untracked" flag when some member is not tracked), for skipping whole texts.
    let ascii: ASCIISummary
    let marks: ScannedMarks

    public init(_ characters: String) {
        self.init(scalars: characters.compactMap(\.unicodeScalars.first))
    }

    /// The set of exactly `scalars` (a combining scalar counts on its own here, not as part of
    /// the Character before it).
    init(scalars: [Unicode.Scalar]) {
        var bits = [UInt64](repeating: 0, count: 1024)
        var wide: Set<Unicode.Scalar> = []
        for scalar in scalars {
            let stored = scalar.value < 0x10000 ? Int(scalar.value) : Int(ScannedScalars.wideStandIn)
            bits[stored >> 6] |= 1 << UInt64(stored & 63)
            if scalar.value >= 0x10000 { wide.insert(scalar) }
        }
        let firsts = String(String.UnicodeScalarView(scalars))
        self.bits = bits
        self.wide = wide
        self.ascii = ASCIISummary(of: scalars)
        self.marks = ScannedMarks(firsts)
    }

    /// Whether `scalar` is a member.
    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x10000 { return wide.contains(scalar) }
        return bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
