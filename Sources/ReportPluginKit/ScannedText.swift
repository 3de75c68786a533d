#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// One run of text a rule reads (a paragraph, an item, a table cell, a heading, a metadata
/// field) as Unicode scalars, so that rules scan it in one pass without grapheme breaking, and map
/// scalar offsets back to Character columns only for the few places they report.
public struct ScannedText: Sendable {
    /// What the text is; some rules treat the 发文字号 differently.
    public enum Kind: Sendable { case body, heading, documentNumber, metadata }

    public let span: TextSpan
    public let kind: Kind
    public let scalars: [Unicode.Scalar]
    /// Character offset of each scalar offset, only when some Character has several scalars.
    private let characterOffsets: [Int]?

    public init(_ span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
        var mask: (UInt64, UInt64) = (0, 0)
        let scalars = Self.decode(span.text, asciiMask: &mask)
        self.scalars = scalars
        self.asciiMask = mask
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

    /// Which ASCII scalars occur in the text: bit `v` of `.0` for `v < 64`, bit `v - 64` of `.1`.
    private let asciiMask: (UInt64, UInt64)

    /// Whether the ASCII scalar `scalar` occurs in the text (answered from a mask made while
    /// decoding, so a rule skips text without the marks it looks for without scanning it).
    @inline(__always)
    public func containsASCII(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiMask.0 & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiMask.1 & (1 << UInt64(value - 64)) != 0 }
        return false
    }

    /// Whether any ASCII scalar of `set` occurs in the text (`set` as made by `asciiSet(_:)`).
    @inline(__always)
    public func containsAnyASCII(of set: (UInt64, UInt64)) -> Bool {
        asciiMask.0 & set.0 != 0 || asciiMask.1 & set.1 != 0
    }

    /// The mask of a set of ASCII scalars, for `containsAnyASCII(of:)`.
    public static func asciiSet(_ scalars: String) -> (UInt64, UInt64) {
        var set: (UInt64, UInt64) = (0, 0)
        for scalar in scalars.unicodeScalars where scalar.isASCII {
            if scalar.value < 64 { set.0 |= 1 << UInt64(scalar.value) } else { set.1 |= 1 << UInt64(scalar.value - 64) }
        }
        return set
    }

    /// The scalars of `text` in one pass over its UTF-8, noting the ASCII scalars met.
    private static func decode(_ text: String, asciiMask mask: inout (UInt64, UInt64)) -> [Unicode.Scalar] {
        let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                guard var byte = bytes.baseAddress, var out = buffer.baseAddress else { return }
                let end = byte + bytes.count
                var low: UInt64 = 0
                var high: UInt64 = 0
                while byte < end {
                    let (value, length) = UTF8Scalars.decode(at: byte)
                    if value < 0x80 {
                        if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
                    }
                    byte += length
                    // A Swift String holds valid UTF-8, so every value is a scalar.
                    out.initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                    out += 1
                }
                initialized = buffer.baseAddress!.distance(to: out)
                mask = (low, high)
            }
        }
        if let decoded { return decoded }
        var low: UInt64 = 0
        var high: UInt64 = 0
        let scalars = Array(text.unicodeScalars)
        for scalar in scalars where scalar.isASCII {
            if scalar.value < 64 { low |= 1 << UInt64(scalar.value) } else { high |= 1 << UInt64(scalar.value - 64) }
        }
        mask = (low, high)
        return scalars
    }

    public var count: Int { scalars.count }

    public subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// Whether the scalar `marker` occurs in the text: from the ASCII mask for an ASCII marker,
    /// else by a `memchr` over the UTF-8 for the marker's last byte.
    public func contains(_ marker: Unicode.Scalar) -> Bool {
        if marker.isASCII { return containsASCII(marker) }
        return contains(utf8: Array(String(marker).utf8)) ?? scalars.contains(marker)
    }

    /// Whether the UTF-8 of the text holds `needle` (nil when the text has no contiguous UTF-8).
    private func contains(utf8 needle: [UInt8]) -> Bool? {
        span.text.utf8.withContiguousStorageIfAvailable { bytes in Self.search(bytes, for: needle) }
    }

    /// Whether `needle` (two or more bytes) occurs in `haystack`: `memchr` finds each place of the
    /// needle's last byte (a continuation byte, rare in CJK text), then the bytes before it are compared.
    static func search(_ haystack: UnsafeBufferPointer<UInt8>, for needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress, let last = needle.last else { return needle.isEmpty }
        let count = haystack.count
        var from = needle.count - 1
        while from < count {
            guard let hit = memchr(base + from, Int32(last), count - from) else { return false }
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let start = end - needle.count + 1
            var matches = true
            for offset in 0..<(needle.count - 1) where haystack[start + offset] != needle[offset] {
                matches = false
                break
            }
            if matches { return true }
            from = end + 1
        }
        return false
    }

    /// The source range of the scalars `offsets`.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        guard let map = characterOffsets else { return span.range(ofCharacters: offsets) }
        return span.range(ofCharacters: map[offsets.lowerBound]..<map[offsets.upperBound])
    }

    /// The text of the scalars `offsets`.
    public func text(_ offsets: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[offsets])
        return String(result)
    }

    /// Where a lint engine puts `all(in:)` of the report in `RuleContext.extensions`, so that the
    /// scalars of every paragraph are copied once per report rather than once per rule.
    public static let contextKey = "reportkit.scannedTexts"

    /// Every text of the report a rule reads, in document order: the engine's shared copy when the
    /// context has one, else read now. With `marker`, only the texts that contain it.
    public static func all(in report: Report, context: RuleContext, containing marker: Unicode.Scalar? = nil) -> [ScannedText] {
        guard let shared = context.extensions[contextKey] as? [ScannedText] else { return all(in: report, containing: marker) }
        guard let marker else { return shared }
        if marker.isASCII { return shared.filter { $0.containsASCII(marker) } }
        let needle = Array(String(marker).utf8)
        return shared.filter { $0.contains(utf8: needle) ?? $0.scalars.contains(marker) }
    }

    /// Every text of the report a rule reads, in document order.
    public static func all(in report: Report) -> [ScannedText] { all(in: report, containing: nil) }

    /// The texts of the report that contain `marker` (a character the rule cannot do without), found
    /// by a byte search, so that a rule skips most paragraphs without decoding them.
    public static func all(in report: Report, containing marker: Unicode.Scalar?) -> [ScannedText] {
        var texts: [ScannedText] = []
        let needle = marker.map { String($0) }
        func keep(_ span: TextSpan) -> Bool { needle.map(span.text.containsText) ?? true }
        let fields: [(MetadataField?, Kind)] = [
            (report.metadata.documentNumber, .documentNumber), (report.metadata.title, .metadata),
            (report.metadata.recipients, .metadata), (report.metadata.issuer, .metadata),
            (report.metadata.date, .metadata),
        ]
        for case let (field?, kind) in fields where keep(field.written) {
            texts.append(ScannedText(field.written, kind: kind))
        }
        func append(_ block: Block) {
            for span in block.textSpans where !span.text.isEmpty && keep(span) { texts.append(ScannedText(span, kind: .body)) }
        }
        for block in report.preamble { append(block) }
        for section in report.allSections {
            if keep(section.titleSpan) { texts.append(ScannedText(section.titleSpan, kind: .heading)) }
            for block in section.blocks { append(block) }
        }
        return texts
    }
}
