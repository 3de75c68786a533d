/// Text made safe for an XML text node or attribute value, for writers and editors of Office parts:
/// `& < > "` escaped, and the characters XML 1.0 forbids (control characters other than tab and line
/// breaks, U+FFFE, U+FFFF) dropped, so that text from a draft never makes a part Word refuses.
public enum XMLEscaping {
    public static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
