/// The text Word shows after 接受所有修订 (keep `w:ins`, drop `w:del`) or 拒绝所有修订 (the reverse),
/// read from plain runs of a paragraph: a test helper.
enum RevisionText {
    static func accepted(_ paragraph: String) -> String {
        texts(in: removing(#/<w:del [^>]*>.*?</w:del>/#, from: paragraph))
    }

    static func rejected(_ paragraph: String) -> String {
        let withoutInsertions = removing(#/<w:ins [^>]*>.*?</w:ins>/#, from: paragraph)
        return withoutInsertions.matches(of: #/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)</w:(?:t|delText)>/#).map { String($0.output.1) }.joined()
    }

    private static func removing(_ pattern: Regex<Substring>, from text: String) -> String {
        text.replacing(pattern, with: "")
    }

    private static func texts(in text: String) -> String {
        text.matches(of: #/<w:t(?:\s[^>]*)?>([^<]*)</w:t>/#).map { String($0.output.1) }.joined()
    }
}
