import ReportPluginKit

/// Small helpers for writing WordprocessingML by hand: escaping, runs and paragraphs.
enum WordXML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// Text escaped for element content and attribute values; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String { XMLEscaping.text(text) }

    /// Runs for `text`: tabs become `w:tab`, line breaks `w:br`; `properties` is a `w:rPr` or "".
    static func runs(_ text: String, properties: String = "") -> String {
        var output = ""
        var piece = ""
        func flush() {
            if !piece.isEmpty { output += "<w:r>\(properties)<w:t xml:space=\"preserve\">\(escape(piece))</w:t></w:r>" }
            piece = ""
        }
        for character in text {
            switch character {
            case "\t": flush(); output += "<w:r>\(properties)<w:tab/></w:r>"
            case "\n", "\r\n", "\r": flush(); output += "<w:r>\(properties)<w:br/></w:r>"
            default: piece.append(character)
            }
        }
        flush()
        return output
    }

    /// A paragraph in style `style` holding `content` (runs); `properties` are further `w:pPr`
    /// children (direct formatting, after the style in schema order).
    static func paragraph(style: String, properties: String = "", _ content: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(properties)</w:pPr>\(content)</w:p>"
    }

    /// The width of `text` in characters of its font size: ideographs and full-width forms count 1,
    /// ASCII and other narrow characters ½ (Times New Roman digits are half as wide as a Han character).
    static func width(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 && !isWideSymbol($1) ? 0.5 : 1) }
    }

    private static func isWideSymbol(_ scalar: Unicode.Scalar) -> Bool {
        // Chinese quotation marks, the em dash and the like are set full-width in Chinese fonts.
        (0x2014...0x201D).contains(scalar.value) || scalar.value == 0x2026 || (0x2460...0x24FF).contains(scalar.value)
            || scalar.value == 0x2265 || scalar.value == 0x2264
    }

    /// `w:rFonts` naming a Chinese font for East Asian text and Times New Roman for Latin text.
    static func fonts(_ eastAsia: String) -> String {
        let latin = GBT9704Layout.latinFont
        return "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(latin)\"/>"
    }
}
