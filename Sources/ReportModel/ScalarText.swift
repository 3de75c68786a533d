/// Text as an array of Unicode scalars, for scanners that must be fast on Chinese text.
///
/// Iterating a Swift `String` by `Character` runs the grapheme-breaking algorithm on every step;
/// comparing scalars is an integer compare. For text in which every Character is a single scalar
/// (Chinese, full-width punctuation, ASCII — almost every report), scalar offsets *are* Character
/// offsets; for anything else (combining marks, emoji) `characterOffset(ofScalar:)` converts.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// Whether each Character of the text is exactly one scalar, so offsets need no conversion.
    public let isCharacterAligned: Bool

    /// Whether only the first `limit` scalars were taken (see `init(_:limit:)`).
    public let isTruncated: Bool

    /// The scalars of `text`, or only its first `limit` scalars when a scanner needs no more.
    @inlinable
    public init<S: StringProtocol>(_ text: S, limit: Int = .max) {
        self.init(decoded: text.withUTF8Bytes { UTF8Scalars.decode($0, limit: limit) })
    }

    @usableFromInline
    init(decoded: (scalars: [Unicode.Scalar], aligned: Bool, truncated: Bool)) {
        self.scalars = decoded.scalars
        self.isCharacterAligned = decoded.aligned
        self.isTruncated = decoded.truncated
    }

    public var count: Int { scalars.count }

    /// The Character offset of the scalar at `offset`.
    public func characterOffset(ofScalar offset: Int) -> Int {
        if isCharacterAligned { return offset }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<offset])
        return String(view).count
    }

    /// Whether the text has `word` starting at scalar `offset`.
    public func hasWord(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= scalars.count else { return false }
        for index in word.indices where scalars[offset + index] != word[index] { return false }
        return true
    }

    /// Whether a scalar always forms a Character of its own, whatever its neighbours are.
    /// Conservative: anything not known to be standalone makes the text take the slow path.
    @inline(__always)
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool { isStandalone(scalar.value) }

    @inline(__always)
    static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x2FF, 0x09, 0x0A: return true
        case 0x2000...0x200B, 0x2010...0x206F, 0x2100...0x2BFF: return true
        case 0x2E80...0x3029, 0x3030...0x3098, 0x309B...0x9FFF: return true
        case 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F: return true
        case 0xFF01...0xFF9D, 0xFFA0...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// The number of Characters, without running grapheme breaking on text that does not need it.
    @inlinable
    public var characterCount: Int { withUTF8Bytes(UTF8Scalars.countIfStandalone) ?? count }

    /// The number of Unicode scalars, counted from the UTF-8 lead bytes.
    var unicodeScalarCount: Int { withUTF8Bytes(UTF8Scalars.count) }
}
