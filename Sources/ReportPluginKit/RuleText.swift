import ReportModel

/// One run of text a rule reads (a paragraph, an item, a table cell, a heading, a metadata field):
/// the rule-facing text API. A rule gets the report's texts with `RuleText.all(in:context:)`, skips
/// those without what it looks for (`contains`, `containsAny(of:)`), finds characters and phrases
/// (`firstIndex(of:from:)`, `ranges(of:)`), reads scalars by offset (`text[i]`, `scalars`) and reports
/// `range(_:)`, which is in Characters of the source line. Offsets are scalar offsets, so that a scan
/// needs no grapheme breaking; the buffers, summaries and byte searches that make this fast are
/// internal to ReportPluginKit.
///
/// A class, so that handing the report's texts to each rule, filtering them and looping over them
/// moves one reference per text rather than copying (and retaining) every field.
public final class RuleText: Sendable {
    /// What the text is; some rules treat the 发文字号 differently.
    public enum Kind: Sendable { case body, heading, documentNumber, metadata }

    public let span: TextSpan
    public let kind: Kind
    /// The scalars, in a buffer shared by every text decoded together.
    public let scalars: ScannedScalars
    /// Character offset of each scalar offset, only when some Character has several scalars.
    private let characterOffsets: [Int]?
    /// Which ASCII scalars occur in the text: bit `v` of `.0` for `v < 64`, bit `v - 64` of `.1`.
    private let asciiMask: (UInt64, UInt64)
    /// Which tracked non-ASCII marks (`ScannedMarks.tracked`) occur in the text.
    let marks: ScannedMarks

    /// Decodes one text on its own (rules that read a text the engine did not share use this).
    public convenience init(_ span: TextSpan, kind: Kind) {
        let (scalars, ascii, marks) = ScannedTextDecoder.decodeOne(span.text)
        self.init(span: span, kind: kind, scalars: scalars, asciiMask: ascii, marks: marks)
    }

    init(span: TextSpan, kind: Kind, scalars: ScannedScalars, asciiMask: (UInt64, UInt64), marks: ScannedMarks) {
        self.span = span
        self.kind = kind
        self.scalars = scalars
        self.asciiMask = asciiMask
        self.marks = marks
        if scalars.count == span.length {
            characterOffsets = nil
        } else {
            var offsets: [Int] = []
            offsets.reserveCapacity(scalars.count + 1)
            var character = 0
            for grapheme in span.text {
                for _ in grapheme.unicodeScalars { offsets.append(character) }
                character += 1
            }
            offsets.append(character)
            characterOffsets = offsets
        }
    }

    /// Whether the ASCII scalar `scalar` occurs in the text (answered from a mask made while
    /// decoding, so a rule skips text without the marks it looks for without scanning it).
    @inline(__always)
    func containsASCII(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiMask.0 & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiMask.1 & (1 << UInt64(value - 64)) != 0 }
        return false
    }

    /// Whether any ASCII scalar of `set` occurs in the text (`set` as made by `asciiSet(_:)`).
    @inline(__always)
    func containsAnyASCII(of set: (UInt64, UInt64)) -> Bool {
        asciiMask.0 & set.0 != 0 || asciiMask.1 & set.1 != 0
    }

    /// The mask of a set of ASCII scalars, for `containsAnyASCII(of:)`.
    static func asciiSet(_ scalars: String) -> (UInt64, UInt64) {
        var set: (UInt64, UInt64) = (0, 0)
        for scalar in scalars.unicodeScalars where scalar.isASCII {
            if scalar.value < 64 { set.0 |= 1 << UInt64(scalar.value) } else { set.1 |= 1 << UInt64(scalar.value - 64) }
        }
        return set
    }

    public var count: Int { scalars.count }

    public subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars.scalar(at: index) : nil
    }

    /// Whether the scalar `marker` occurs in the text: from the ASCII mask or the mark summary
    /// when `marker` is in either, else by a `memchr` over the UTF-8 for the marker's last byte.
    public func contains(_ marker: Unicode.Scalar) -> Bool {
        if marker.isASCII { return containsASCII(marker) }
        if let bit = ScannedMarks.bit(of: marker) { return marks.rawValue & (1 << UInt64(bit)) != 0 }
        return contains(utf8: Array(String(marker).utf8)) ?? scalars.contains(marker)
    }

    /// Whether the UTF-8 of the text holds `needle` (nil when the text has no contiguous UTF-8).
    private func contains(utf8 needle: [UInt8]) -> Bool? {
        span.text.utf8.withContiguousStorageIfAvailable { bytes in
            needle.withUnsafeBufferPointer { TextSearch.contains(bytes, $0) }
        }
    }

    /// The source range of the scalars `offsets`.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        guard let map = characterOffsets else { return span.range(ofCharacters: offsets) }
        return span.range(ofCharacters: map[offsets.lowerBound]..<map[offsets.upperBound])
    }

    /// The text of the scalars `offsets`.
    public func text(_ offsets: Range<Int>) -> String {
        precondition(offsets.lowerBound >= 0 && offsets.upperBound <= count, "scalar offsets out of range")
        var length = 0
        for index in offsets {
            let value = scalars.scalar(at: index).value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for index in offsets {
                let scalar = scalars.scalar(at: index)
                for byte in UTF8.encode(scalar).unsafelyUnwrapped {
                    buffer[out] = byte
                    out += 1
                }
            }
            return out
        }
    }
}
