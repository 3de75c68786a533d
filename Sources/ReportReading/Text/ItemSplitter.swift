import ReportModel

/// Turns a paragraph that begins `一是…` into enumerated items, splitting `一是…。二是…。` written
/// inline into one item per ordinal; any other paragraph stays a paragraph.
enum ItemSplitter {
    private static let itemSeparators: Set<Character> = ["。", "；", ";", "！", "？"]

    static func blocks(for span: TextSpan) -> [Block] {
        let characters = Array(span.text)
        guard let first = itemOrdinal(characters, at: 0) else { return [.paragraph(Paragraph(span: span))] }
        var starts: [(offset: Int, ordinal: Int, markerLength: Int)] = [(0, first.ordinal, first.length)]
        var expected = first.ordinal + 1
        var index = 1
        while index < characters.count {
            if itemSeparators.contains(characters[index - 1]), let next = itemOrdinal(characters, at: index),
               next.ordinal == expected {
                starts.append((index, next.ordinal, next.length))
                expected += 1
            }
            index += 1
        }
        return starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1].offset : characters.count
            let itemSpan = span.subspan(start.offset..<end)
            return .item(EnumeratedItem(
                ordinal: start.ordinal, raw: String(characters[start.offset..<start.offset + start.markerLength]),
                span: itemSpan))
        }
    }

    /// `二是` at `index`: its ordinal and length.
    private static func itemOrdinal(_ characters: [Character], at index: Int) -> (ordinal: Int, length: Int)? {
        var end = index
        while end < characters.count, end - index < 3, ChineseNumeral.isNumeral(characters[end]) { end += 1 }
        guard end > index, end < characters.count, characters[end] == "是",
              let value = ChineseNumeral.value(of: String(characters[index..<end]))
        else { return nil }
        return (value, end - index + 1)
    }
}
