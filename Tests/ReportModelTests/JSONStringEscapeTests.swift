import PropertyBased
import ReportModel
import Testing

/// `JSONWriter.string` skips runs that need no escape eight bytes at a time; whatever the text and
/// wherever its special bytes fall against those words, the output must be the byte-by-byte escape.
@Suite struct JSONStringEscapeTests {
    /// Pieces with every byte the writer escapes or looks at twice: control characters, `"`, `\`,
    /// U+2028/U+2029, and other characters led by 0xE2 (“”…—), beside ASCII and Chinese text of
    /// lengths that move the rest across word boundaries.
    static let pieces = [
        "a", "ab", "abcdefg", "教育", "督导室", "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", " ", "\u{7F}",
        "\u{2028}", "\u{2029}", "“", "”", "…", "—", "\u{2027}", "\u{202A}", "𠀀", "é",
    ]
    static let strings = Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...30).map { $0.joined() }

    /// The escape as documented, one scalar at a time.
    static func reference(_ string: String) -> [UInt8] {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return Array((out + "\"").utf8)
    }

    @Test func escapesAsTheByteByByteRuleDoes() async {
        await propertyCheck(input: Self.strings) { string in
            var writer = JSONWriter(capacity: 16, layout: .compact)
            writer.string(string)
            #expect(writer.bytes == Self.reference(string))
        }
    }

    @Test func eachSpecialByteIsFoundInEveryPlaceOfAWord() {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{2028}"] {
            for offset in 0..<17 {
                let string = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 16 - offset)
                var writer = JSONWriter(capacity: 16, layout: .compact)
                writer.string(string)
                #expect(writer.bytes == Self.reference(string), "\(offset)")
            }
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
