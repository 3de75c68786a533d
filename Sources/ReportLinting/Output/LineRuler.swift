import ReportModel
import ReportReading
/// One source line measured once: where every eighth Character begins (in UTF-8 bytes and in
/// display columns), the length and width of each Character packed in a byte, and where the tabs
/// are, so that many findings on the same long line are quoted and underlined without re-measuring
/// it, each in time of its window rather than of the line — in 2 bytes a Character (a line of two
/// million Characters took 32 MB as arrays of offsets and widths).
struct LineRuler {
    let line: String
    /// The number of Characters in the line.
    let count: Int
    /// For Character `k × 8`: the UTF-8 offset at which it begins and the display width of the
    /// Characters before it (32 bits each: lines are far below 4 GB).
    private let checkpoints: [(offset: UInt32, width: UInt32)]
    /// For each run of 8 Characters from a checkpoint, byte `j` holds Character `j`'s UTF-8 length
    /// (low 4 bits) and display width (high 4 bits); 0 for a run with a Character that does not fit
    /// (a long emoji sequence), which is walked instead.
    private let runs: [UInt64]
    /// The Character offsets of the tabs in the line, ascending.
    let tabs: [Int]

    private static let spacingShift = 3
    private static let spacing = 1 << spacingShift

    init(_ line: String) {
        self.line = line
        var checkpoints: [(offset: UInt32, width: UInt32)] = [(0, 0)]
        var runs: [UInt64] = []
        var tabs: [Int] = []
        var offset: UInt32 = 0
        var total: UInt32 = 0
        var count = 0
        var run: UInt64 = 0
        var runFits = true
        for character in line {
            if character == "\t" { tabs.append(count) }
            let length = character.utf8.count, width = DisplayWidth.of(character)
            offset += UInt32(length)
            total += UInt32(width)
            if length < 16 && width < 16 {
                run |= UInt64(length | width << 4) << (8 * (count & (Self.spacing - 1)))
            } else {
                runFits = false
            }
            count += 1
            if count & (Self.spacing - 1) == 0 {
                checkpoints.append((offset, total))
                runs.append(runFits ? run : 0)
                (run, runFits) = (0, true)
            }
        }
        if count & (Self.spacing - 1) != 0 { runs.append(runFits ? run : 0) }
        self.count = count
        self.checkpoints = checkpoints
        self.runs = runs
        self.tabs = tabs
    }

    /// Where Character `index` (0...count) begins: its UTF-8 offset and the display width before it.
    private func position(_ index: Int) -> (offset: Int, width: Int) {
        let block = index >> Self.spacingShift
        let checkpoint = checkpoints[block]
        var (offset, width) = (Int(checkpoint.offset), Int(checkpoint.width))
        let steps = index & (Self.spacing - 1)
        guard steps > 0 else { return (offset, width) }
        var run = runs[block]
        if run != 0 {
            for _ in 0..<steps {
                offset += Int(run & 0xF)
                width += Int(run >> 4 & 0xF)
                run >>= 8
            }
            return (offset, width)
        }
        var remaining = steps
        let utf8 = line.utf8
        for character in line[utf8.index(utf8.startIndex, offsetBy: offset)...] {
            offset += character.utf8.count
            width += DisplayWidth.of(character)
            remaining -= 1
            if remaining == 0 { break }
        }
        return (offset, width)
    }

    /// The display width of the first `count` Characters.
    func column(_ count: Int) -> Int { position(count).width }

    /// The Characters `range` of the line.
    func text(_ range: Range<Int>) -> Substring {
        let utf8 = line.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: position(range.lowerBound).offset)
        let end = utf8.index(utf8.startIndex, offsetBy: position(range.upperBound).offset)
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
