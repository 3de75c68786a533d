import Foundation
import PropertyBased
import ReportModel
import Testing

/// The model keeps positions, one-line spans and table figures compactly (a long table holds
/// millions of them); what it stores that way must read back exactly as before.
@Suite struct CompactModelTests {
    static let posix = Locale(identifier: "en_US_POSIX")

    @Test func positionsKeepTheirValuesAndClampBeyondThirtyTwoBits() throws {
        var position = SourcePosition(line: 120_000, column: 3)
        position.column += 40
        #expect(position.line == 120_000 && position.column == 43)
        #expect(SourcePosition(line: Int.max, column: -5).line == Int(Int32.max))
        #expect(SourcePosition(line: 2, column: 9) < SourcePosition(line: 3, column: 1))
        let json = try JSONEncoder().encode(position)
        #expect(try JSONDecoder().decode(SourcePosition.self, from: json) == position)
        #expect(String(decoding: json, as: UTF8.self).contains("\"line\":120000"))
    }

    @Test func aOneLineSpanAndAWrappedSpanMapCharactersAsBefore() {
        var span = TextSpan(text: "全区共有", line: 4, column: 3)
        #expect(span.segments == [TextSpan.Segment(offset: 0, start: SourcePosition(line: 4, column: 3))])
        span.append(TextSpan(text: "学校32所", line: 5, column: 1))
        #expect(span.segments.count == 2)
        #expect(span.position(atCharacter: 5) == SourcePosition(line: 5, column: 2))
        #expect(span.range(ofCharacters: 2..<6) == SourceRange(start: SourcePosition(line: 4, column: 5), end: SourcePosition(line: 5, column: 3)))
        let tail = span.subspan(4..<8)
        #expect(tail.text == "学校32" && tail.segments == [TextSpan.Segment(offset: 0, start: SourcePosition(line: 5, column: 1))])
        #expect(TextSpan(text: span.text, segments: span.segments) == span)
    }

    /// Up to 19 significant digits a figure is held exactly in 16 bytes; longer ones in a Decimal.
    /// Either way `value`, its text and comparisons are what Foundation's reading gives.
    @Test func figuresOfAnyLengthReadBackAsFoundationReadsThem() async {
        let digits = Gen.element(of: Array("0123456789")).map { $0 ?? "0" }.array(of: 1...26).map { String($0) }
        await propertyCheck(input: digits, Gen.int(in: -1...28)) { number, point in
            var text = number
            if point >= 0, point <= text.count { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            guard let expected = Decimal(string: text, locale: Self.posix), let value = IndicatorValue(parsing: text) else {
                Issue.record("not read: \(text)")
                return
            }
            #expect(value.value == expected, "\(text)")
            #expect(value.value.description == expected.description, "\(text)")
            var copy = value
            copy.value = expected
            #expect(copy.value == expected && copy.fractionDigits == value.fractionDigits)
        }
    }

    @Test(arguments: [
        (">98.5", "98.5", false), (">98.5", "98.6", true), ("≥90", "90", true), ("<=5", "5.00", true),
        ("<5", "5", false), ("100", "99.99", false), ("100", "100.0", true),
        ("12345678901234567890123", "12345678901234567890124", true), ("1234567890123456789012.5", "3", false),
    ])
    func targetsAreMetAlikeExactlyAndInDecimal(target: String, actual: String, met: Bool) throws {
        let target = try #require(IndicatorValue(parsing: target)), actual = try #require(IndicatorValue(parsing: actual))
        #expect(target.isMet(by: actual) == met)
        #expect(target.isMet(by: actual.value) == met)
    }

    /// What the sizes are for: a long draft holds a section, a block and a span per heading and
    /// paragraph, every byte of them paid 100,000 times. A field added or reordered carelessly
    /// shows here (a span's 32-bit length sits last so that a struct holding the span uses its last
    /// four bytes; an item's ordinal does).
    @Test func spansBlocksAndSectionsKeepTheirSizes() {
        #expect(MemoryLayout<TextSpan>.size == 36)
        #expect(MemoryLayout<Paragraph>.size == 36)
        #expect(MemoryLayout<EnumeratedItem>.size == 56)
        #expect(MemoryLayout<Block>.stride == 56)
        #expect(MemoryLayout<Section>.stride == 112)
    }

    @Test func narrowLengthsAndOrdinalsKeepTheirValues() throws {
        var span = TextSpan(text: "教育", line: 3, column: 5)
        #expect(span.length == 2)
        span.append(TextSpan(text: "督导", line: 4))
        #expect(span.length == 4)
        let item = EnumeratedItem(ordinal: 12, raw: "（十二）", span: span)
        #expect(item.ordinal == 12 && item.raw == "（十二）" && item.span == span)
        // Coded as plain integers, as before they were narrowed.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(String(data: try encoder.encode(item), encoding: .utf8))
        #expect(json.hasPrefix(#"{"ordinal":12,"raw":"（十二）","span":{"#))
        #expect(try JSONDecoder().decode(EnumeratedItem.self, from: Data(json.utf8)) == item)
    }
}
