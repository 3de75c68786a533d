import ReportModel
import ReportReading
/// One source line measured once: where each Character begins (in UTF-8 bytes and in display
/// columns) and where its tabs are, so that many findings on the same long line are quoted and
/// underlined without re-measuring it, each in time of its window rather than of the line.
struct LineRuler {
    let line: String
    /// `offsets[i]` is the UTF-8 offset at which Character `i` begins (`offsets.count == count + 1`).
    /// 32 bits: a line of a million marks has two million Characters (lines are far below 4 GB).
    private let offsets: [UInt32]
    /// `widths[i]` is the display width of the first `i` Characters (`widths.count == count + 1`).
    private let widths: [UInt32]
    /// The Character offsets of the tabs in the line, ascending.
    let tabs: [Int]

    init(_ line: String) {
        self.line = line
        var offsets: [UInt32] = [0]
        var widths: [UInt32] = [0]
        var tabs: [Int] = []
        var offset: UInt32 = 0
        var total: UInt32 = 0
        for (index, character) in line.enumerated() {
            if character == "\t" { tabs.append(index) }
            offset += UInt32(character.utf8.count)
            total += UInt32(DisplayWidth.of(character))
            offsets.append(offset)
            widths.append(total)
        }
        self.offsets = offsets
        self.widths = widths
        self.tabs = tabs
    }

    /// The display width of the first `count` Characters.
    func column(_ count: Int) -> Int { Int(widths[count]) }

    /// The number of Characters in the line.
    var count: Int { offsets.count - 1 }

    /// The Characters `range` of the line.
    func text(_ range: Range<Int>) -> Substring {
        let utf8 = line.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(offsets[range.lowerBound]))
        let end = utf8.index(start, offsetBy: Int(offsets[range.upperBound] - offsets[range.lowerBound]))
        return line[start..<end]
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
        var index = firstTab(atOrAfter: start)
        while index < tabs.count, tabs[index] < end {
            let tab = tabs[index]
            indent += Self.run(of: UInt8(ascii: " "), count: column(tab) - column(from))
            indent += "\t"
            from = tab + 1
            index += 1
        }
        indent += Self.run(of: UInt8(ascii: " "), count: column(end) - column(from))
        return indent
    }

    /// The index in `tabs` of the first tab at or after Character `start` (binary search: a line of
    /// many tabs and many findings must not be walked from its start for each).
    private func firstTab(atOrAfter start: Int) -> Int {
        var low = 0
        var high = tabs.count
        while low < high {
            let middle = (low + high) / 2
            if tabs[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low
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

/// The ruler of the line last asked for: a file's findings come sorted by line, so keeping one
/// measured line serves every finding on it, and a file is never measured whole at once.
struct LineRulerCache {
    let lines: SourceLines
    private var last: (number: Int, ruler: LineRuler)?

    init(_ lines: SourceLines) { self.lines = lines }

    /// The ruler of 1-based line `number`, or nil when the file has no such line.
    mutating func ruler(forLine number: Int) -> LineRuler? {
        guard lines.indices.contains(number - 1) else { return nil }
        if let last, last.number == number { return last.ruler }
        let ruler = LineRuler(lines[number - 1])
        last = (number, ruler)
        return ruler
    }
}
