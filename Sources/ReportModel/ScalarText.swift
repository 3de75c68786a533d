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
}

extension StringProtocol {
    /// The number of Characters, without running grapheme breaking on text that does not need it.
    @inlinable
    public var characterCount: Int { withUTF8Bytes(UTF8Scalars.countIfStandalone) ?? count }

    /// Whether every scalar of the text is known to be a Character of its own, so that scalar
    /// offsets are Character offsets (see `UTF8Scalars.isStandalone`).
    @inlinable
    public var hasStandaloneCharacters: Bool { withUTF8Bytes(UTF8Scalars.countIfStandalone) != nil }

    /// The number of Unicode scalars, counted from the UTF-8 lead bytes.
    var unicodeScalarCount: Int { withUTF8Bytes(UTF8Scalars.count) }
}

extension Sequence where Element == Unicode.Scalar {
    /// The scalars as a `String`.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }
}
