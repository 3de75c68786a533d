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


    static func blocks(for span: TextSpan) -> [Block] {
        // Most paragraphs are not items: look at their first scalar before copying them all.
        guard let initial = span.text.unicodeScalars.first, ChineseNumeral.isNumeral(initial),
              itemOrdinal(ScalarText(span.text, limit: 4).scalars, at: 0) != nil else {
            return [.paragraph(Paragraph(span: span))]
        }
        let text = ScalarText(span.text)
        guard let first = itemOrdinal(text.scalars, at: 0) else { return [.paragraph(Paragraph(span: span))] }
        var starts: [(offset: Int, ordinal: Int, markerLength: Int)] = [(0, first.ordinal, first.length)]
        var expected = first.ordinal + 1
        let scalars = text.scalars
        var index = 1
        while index < scalars.count {
            if isItemSeparator(scalars[index - 1]), let next = itemOrdinal(scalars, at: index),
               next.ordinal == expected {
                starts.append((index, next.ordinal, next.length))
                expected += 1
            }
            index += 1
        }
        return starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1].offset : scalars.count
            let range = text.characterOffset(ofScalar: start.offset)..<text.characterOffset(ofScalar: end)
            var raw = String.UnicodeScalarView()
            raw.append(contentsOf: scalars[start.offset..<start.offset + start.markerLength])
            return .item(EnumeratedItem(ordinal: start.ordinal, raw: String(raw), span: span.subspan(range)))
        }
    }

    /// `二是` or `十一是` at `index`: its ordinal and length.
    private static func itemOrdinal(_ scalars: [Unicode.Scalar], at index: Int) -> (ordinal: Int, length: Int)? {
        var end = index
        while end < scalars.count, end - index < 3, ChineseNumeral.isNumeral(scalars[end]) { end += 1 }
        guard end > index, end < scalars.count, scalars[end] == "是" else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[index..<end])
        guard let value = ChineseNumeral.value(of: String(view)) else { return nil }
        return (value, end - index + 1)
    }
}
