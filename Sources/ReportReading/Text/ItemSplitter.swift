import ReportModel

/// Turns a paragraph that begins `一是…` into enumerated items, splitting `一是…。二是…。` written
/// inline into one item per ordinal; any other paragraph stays a paragraph.
enum ItemSplitter {
    @inline(__always)
    private static func isItemSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", ";", "！", "？": true
        default: false
        }
    }

    /// Where an item starts: its scalar and UTF-8 offsets, its ordinal and its marker's length.
    private struct Start {
        var scalar: Int
        var byte: Int
        var ordinal: Int
        var markerLength: Int
    }

    static func blocks(for span: TextSpan) -> [Block] {
        // Most paragraphs are not items: look at their first scalar before reading them.
        guard let initial = span.text.unicodeScalars.first, ChineseNumeral.isNumeral(initial) else {
            return [.paragraph(Paragraph(span: span))]
        }
        let read = span.text.utf8.withContiguousStorageIfAvailable(itemStarts)
            ?? Array(span.text.utf8).withUnsafeBufferPointer(itemStarts)
        guard !read.starts.isEmpty else { return [.paragraph(Paragraph(span: span))] }
        // Scalar offsets are Character offsets when there are as many scalars as Characters.
        let aligned = read.scalarCount == span.length
        let text = aligned ? nil : ScalarText(span.text)
        let utf8 = span.text.utf8
        let starts = read.starts
        return starts.indices.map { position in
            let start = starts[position]
            let end = position + 1 < starts.count ? starts[position + 1] : nil
            let lower = utf8.index(utf8.startIndex, offsetBy: start.byte)
            let upper = end.map { utf8.index(utf8.startIndex, offsetBy: $0.byte) } ?? utf8.endIndex
            let markerEnd = utf8.index(lower, offsetBy: 3 * start.markerLength)  // numerals and 是: 3 bytes each
            let raw = String(span.text[lower..<markerEnd])
            let scalarRange = start.scalar..<(end?.scalar ?? read.scalarCount)
            let range = text.map { $0.characterOffset(ofScalar: scalarRange.lowerBound)..<$0.characterOffset(ofScalar: scalarRange.upperBound) }
                ?? scalarRange
            return .item(EnumeratedItem(ordinal: start.ordinal, raw: raw, span: span.subspan(range, bounds: lower..<upper)))
        }
    }

    /// One pass over the paragraph's UTF-8: the item starts (none when it does not begin with an
    /// item) — `一是` at the start, then each next ordinal after a sentence end — and its scalar count.
    private static func itemStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> (starts: [Start], scalarCount: Int) {
        guard let first = itemOrdinal(bytes, at: 0) else { return ([], 0) }
        var starts = [Start(scalar: 0, byte: 0, ordinal: first.ordinal, markerLength: first.length)]
        var expected = first.ordinal + 1
        var index = 0
        var scalars = 0
        var afterSeparator = false
        let base = bytes.baseAddress.unsafelyUnwrapped
        while index < bytes.count {
            if afterSeparator, let next = itemOrdinal(bytes, at: index), next.ordinal == expected {
                starts.append(Start(scalar: scalars, byte: index, ordinal: next.ordinal, markerLength: next.length))
                expected += 1
            }
            let (value, length) = UTF8Scalars.decode(at: base + index)
            afterSeparator = isItemSeparator(Unicode.Scalar(value).unsafelyUnwrapped)
            index += length
            scalars += 1
        }
        return (starts, scalars)
    }

    /// `二是` or `十一是` at byte `index`: its ordinal and length in scalars. Numerals and 是 are
    /// three UTF-8 bytes each.
    private static func itemOrdinal(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (ordinal: Int, length: Int)? {
        let base = bytes.baseAddress.unsafelyUnwrapped
        var count = 0
        var end = index
        while end + 3 <= bytes.count, count < 3,
              ChineseNumeral.isNumeral(Unicode.Scalar(UTF8Scalars.decode(at: base + end).value).unsafelyUnwrapped) {
            count += 1
            end += 3
        }
        guard count > 0, end + 3 <= bytes.count, UTF8Scalars.decode(at: base + end).value == 0x662F,  // 是
              let ordinal = ChineseNumeral.value(ofScalars: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars)
        else { return nil }
        return (ordinal, count + 1)
    }
}
