/// Text made safe for the XML inside a workbook: XML 1.0 allows no control characters other than tab,
/// line feed and carriage return, and not U+FFFE or U+FFFF. A Word line break (`\v`) or page break
/// (`\f`) copied into a draft becomes a line feed; any other such character becomes U+FFFD (�), so that
/// Excel, LibreOffice and openpyxl can always open the file. NUL, which would end the C string early, too.
enum WorkbookText {
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x0B || scalar.value == 0x0C {
                result.append("\n")
            } else if isForbidden(scalar) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return value == 0xFFFE || value == 0xFFFF
    }
}
