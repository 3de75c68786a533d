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
///
/// Compact, as a report holds one per paragraph and table cell (400,000 for a table of 100k rows):
/// the span is kept as its parts, positions and offsets in 32 bits, the kind in the mark bits, and
/// what few texts need (the segments of a paragraph wrapped over lines, the Character offsets of
/// text with combining marks) in a side object, so that an instance is 88 bytes (a 96-byte block)
/// rather than 120 (128).
public final class RuleText: Sendable {
    /// What the text is; some rules treat the 发文字号 differently.
    public enum Kind: UInt32, Sendable { case body, heading, documentNumber, metadata }

    /// What only some texts need.
    private final class Extras: Sendable {
        /// The span's segments after the first (a paragraph wrapped over several lines).
        let laterSegments: [TextSpan.Segment]
        /// Character offset of each scalar offset, when some Character has several scalars.
        let characterOffsets: [Int]?

        init(laterSegments: [TextSpan.Segment], characterOffsets: [Int]?) {
            self.laterSegments = laterSegments
            self.characterOffsets = characterOffsets
        }
    }

    private let text: String
    /// The buffer of scalars shared by every text decoded together.
    private let storage: ScalarStorage
    private let extras: Extras?
    /// Which ASCII scalars occur in the text: bit `v` of `.0` for `v < 64`, bit `v - 64` of `.1`.
    private let asciiMask: (UInt64, UInt64)
    private let line: Int32
    private let column: Int32
    private let length: Int32
    private let scalarOffset: UInt32
    private let scalarCount: UInt32
    /// The tracked non-ASCII marks (`ScannedMarks.tracked`, bits 0–25) that occur in the text, and
    /// the kind above them (bits 28–29).
    private let marksAndKind: UInt32

    /// Decodes one text on its own (rules that read a text the engine did not share use this).
    public convenience init(_ span: TextSpan, kind: Kind) {
        let (storage, count, ascii, marks) = ScannedTextDecoder.decodeOne(span.text)
        self.init(span: span, kind: kind, storage: storage, offset: 0, count: count, asciiMask: ascii, marks: marks)
    }

    init(
        span: TextSpan, kind: Kind, storage: ScalarStorage, offset: Int, count: Int, asciiMask: (UInt64, UInt64),
        marks: ScannedMarks
    ) {
        precondition(offset + count <= Int(UInt32.max), "a report of more than 4 billion characters")
        precondition(marks.rawValue >> 28 == 0, "more than 28 tracked marks")
        text = span.text
        self.storage = storage
        self.asciiMask = asciiMask
        line = Int32(clamping: span.start.line)
        column = Int32(clamping: span.start.column)
        length = Int32(clamping: span.length)
        scalarOffset = UInt32(offset)
        scalarCount = UInt32(count)
        marksAndKind = UInt32(truncatingIfNeeded: marks.rawValue) | kind.rawValue << 28
        let laterSegments = span.continuationSegments
        var characterOffsets: [Int]?
        if count != span.length {
            var offsets: [Int] = []
            offsets.reserveCapacity(count + 1)
            var character = 0
            for grapheme in span.text {
                for _ in grapheme.unicodeScalars { offsets.append(character) }
                character += 1
            }
            offsets.append(character)
            characterOffsets = offsets
        }
        extras = laterSegments.isEmpty && characterOffsets == nil
            ? nil : Extras(laterSegments: laterSegments, characterOffsets: characterOffsets)
    }

    /// The text and where it is in the source.
    public var span: TextSpan {
        TextSpan(
            text: text, start: SourcePosition(line: Int(line), column: Int(column)),
            laterSegments: extras?.laterSegments ?? [], length: Int(length))
    }

    public var kind: Kind { Kind(rawValue: marksAndKind >> 28).unsafelyUnwrapped }

    /// The scalars, in the buffer shared by every text decoded together.
    public var scalars: ScannedScalars { ScannedScalars(storage: storage, offset: Int(scalarOffset), count: Int(scalarCount)) }

    /// Which tracked non-ASCII marks (`ScannedMarks.tracked`) occur in the text.
    var marks: ScannedMarks { ScannedMarks(rawValue: UInt64(marksAndKind & 0x0FFF_FFFF)) }

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

    public var count: Int { Int(scalarCount) }

    public subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < count ? scalars.scalar(at: index) : nil
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
        text.utf8.withContiguousStorageIfAvailable { bytes in
            needle.withUnsafeBufferPointer { TextSearch.contains(bytes, $0) }
        }
    }

    /// The source range of the scalars `offsets`.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        guard let map = extras?.characterOffsets else { return span.range(ofCharacters: offsets) }
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
