import ReportModel
/// One source line measured once: its Characters and the display column where each begins, so that
/// many findings on the same long line are underlined without re-measuring it.
struct LineRuler {
    let characters: [Character]
    /// `columns[i]` is the display width of the first `i` Characters (`columns.count == characters.count + 1`).
    let columns: [Int]
    /// The Character offsets of the tabs in the line.
    let tabs: [Int]

    init(_ line: String) {
        characters = Array(line)
        var columns = [0]
        columns.reserveCapacity(characters.count + 1)
        var total = 0
        var tabs: [Int] = []
        for (index, character) in characters.enumerated() {
            if character == "\t" { tabs.append(index) }
            total += DisplayWidth.of(character)
            columns.append(total)
        }
        self.columns = columns
        self.tabs = tabs
    }

    /// Blanks as wide as the first `count` Characters (tabs kept as tabs, so that the terminal moves
    /// to the same stops as in the quoted line).
    func indent(_ count: Int) -> String {
        indent(from: 0, to: count)
    }

    /// Blanks as wide as the Characters `from..<to` (tabs kept as tabs).
    func indent(from start: Int, to end: Int) -> String {
        var indent = ""
        var from = start
        for tab in tabs where tab >= start && tab < end {
            indent += Self.run(of: UInt8(ascii: " "), count: columns[tab] - columns[from])
            indent += "\t"
            from = tab + 1
        }
        indent += Self.run(of: UInt8(ascii: " "), count: columns[end] - columns[from])
        return indent
    }

    /// `count` copies of an ASCII character, written as bytes (`String(repeating:count:)` appends
    /// them one at a time, which under a long line's findings added up).
    static func run(of byte: UInt8, count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: byte)
            return count
        }
    }
}
