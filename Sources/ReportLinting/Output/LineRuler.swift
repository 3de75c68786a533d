/// One source line measured once: its Characters and the display column where each begins, so that
/// many findings on the same long line are underlined without re-measuring it.
struct LineRuler {
    let characters: [Character]
    /// `columns[i]` is the display width of the first `i` Characters (`columns.count == characters.count + 1`).
    let columns: [Int]
    let hasTab: Bool

    init(_ line: String) {
        characters = Array(line)
        var columns = [0]
        columns.reserveCapacity(characters.count + 1)
        var total = 0
        var hasTab = false
        for character in characters {
            if character == "\t" { hasTab = true }
            total += DisplayWidth.of(character)
            columns.append(total)
        }
        self.columns = columns
        self.hasTab = hasTab
    }

    /// Blanks as wide as the first `count` Characters (tabs kept as tabs, so that the terminal moves
    /// to the same stops as in the quoted line).
    func indent(_ count: Int) -> String {
        guard hasTab else { return String(repeating: " ", count: columns[count]) }
        var indent = ""
        for index in 0..<count {
            let character = characters[index]
            indent += character == "\t" ? "\t" : String(repeating: " ", count: columns[index + 1] - columns[index])
        }
        return indent
    }
}
