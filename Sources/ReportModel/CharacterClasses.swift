/// The character classes every scanner of Chinese text tests, defined once, on Unicode scalars
/// (an integer compare each; no Foundation, no regex).
extension Unicode.Scalar {
    /// A CJK ideograph (汉字): the unified ideographs, extension A, the compatibility ideographs,
    /// the supplementary planes' extensions, and 〇 (the ideographic zero of 二〇二三年).
    @inlinable
    public var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
        default: false
        }
    }

    /// Chinese text: a Han character or a full-width / Chinese punctuation mark.
    @inlinable
    public var isChineseText: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        case 0x3001...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: true
        default: false
        }
    }

    @inlinable public var isASCIIDigit: Bool { value &- 0x30 <= 9 }
    @inlinable public var isASCIILetter: Bool { (value | 0x20) &- 0x61 <= 25 }
    @inlinable public var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
    /// A space, a tab or the full-width space.
    @inlinable public var isSpace: Bool { value == 0x20 || value == 0x09 || value == 0x3000 }

    /// The value of an ASCII or full-width digit.
    @inlinable
    public var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }
}
