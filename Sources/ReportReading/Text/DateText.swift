/// Recognises a full date line such as `2023年10月30日` or `二〇二三年十月三十日`.
enum DateText {
    private static let chineseDigits: Set<Character> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "○", "Ｏ"]

    static func isFullDate(_ text: Substring) -> Bool {
        guard text.count <= 20, let year = text.firstIndex(of: "年"), let month = text.firstIndex(of: "月"),
              let day = text.firstIndex(of: "日"), year < month, month < day, text.index(after: day) == text.endIndex
        else { return false }
        let parts = [text[..<year], text[text.index(after: year)..<month], text[text.index(after: month)..<day]]
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 4
                && (part.allSatisfy { $0.isNumber } || part.allSatisfy { chineseDigits.contains($0) })
        }
    }
}
