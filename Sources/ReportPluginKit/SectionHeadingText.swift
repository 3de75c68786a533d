import ReportModel

/// The text of a section's heading line: the marker as it was written (`(一)` stays `(一)`, so that a
/// rendering read back still shows what lint warns about; normalising is `lint --fix`'s job) and the title, and, when the reader
/// would otherwise read the section differently, the first paragraph run on after it as it was
/// written (`（一）加强领导。1.健全机制…`: a body that itself starts with a marker stays body text
/// only on its heading's line).
/// Every writer that writes headings as text lines (Markdown, plain text) uses it, so that what
/// they write reads back as the same section.
public enum SectionHeadingText {
    /// The heading line, and whether it took the section's first block.
    public static func line(for section: Section) -> (text: String, tookFirstBlock: Bool) {
        let marker = section.marker?.raw ?? ""
        if case .paragraph(let first)? = section.blocks.first, startsLikeHeading(first.text) {
            return (marker + section.title + separator(of: section) + first.text, true)
        }
        // A marker with nothing after it is not a heading: keep the punctuation that was written.
        if section.title.isEmpty { return (marker + separator(of: section), false) }
        return (marker + section.title, false)
    }

    private static let punctuation: Set<Character> = ["。", ".", "：", ":", "，", ",", "、", "；", ";", "！", "？", " "]

    /// What was written between the title and its body (`。`), or `。`.
    private static func separator(of section: Section) -> String {
        let written = section.titleSpan.text
        guard written.hasPrefix(section.title) else { return "。" }
        let rest = written.dropFirst(section.title.count)
        return !rest.isEmpty && rest.allSatisfy(punctuation.contains) ? String(rest) : "。"
    }

    /// Whether a paragraph starts the way a heading does (一、 （一） (一) 1. 1． 1、 （1） (1)).
    public static func startsLikeHeading(_ text: String) -> Bool {
        let characters = Array(text.prefix(8))
        guard let first = characters.first else { return false }
        if first == "（" || first == "(" {
            guard let close = characters.firstIndex(where: { $0 == "）" || $0 == ")" }), close > 1 else { return false }
            let inner = characters[1..<close]
            return inner.allSatisfy(ChineseNumeral.isNumeral) || (inner.count <= 2 && inner.allSatisfy(isDigit))
        }
        let chinese = characters.prefix(while: ChineseNumeral.isNumeral)
        if !chinese.isEmpty { return chinese.count < characters.count && characters[chinese.count] == "、" }
        let digits = characters.prefix(while: isDigit)
        guard !digits.isEmpty, digits.count <= 2, digits.count < characters.count,
              [".", "．", "、"].contains(characters[digits.count]) else { return false }
        return digits.count + 1 >= characters.count || !isDigit(characters[digits.count + 1])
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
