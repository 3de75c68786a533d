/// Where each line of a source is in its UTF-8 bytes. Kept as each line's start in 32 bits: a
/// line ends where the next begins less its break, and while every break has the same length
/// (all LF, all CRLF, lines joined by LF) that is all there is to keep — 4 bytes a line, where a
/// start and an end in full width took 16 (a draft of 400,000 lines holds 1.6 MB of them). Mixed
/// breaks keep each line's end too; a source past 4 GiB keeps both in full width.
struct LineBounds: Sendable {
    private var starts: [UInt32] = []
    /// Each line's end, once the breaks have not all had the same length.
    private var ends: [UInt32]?
    /// The length of every break so far (nil before the second line).
    private var breakLength: Int?
    /// Where the last line ends.
    private var lastEnd = 0
    /// Start and end of each line in full width, once an offset has not fitted in 32 bits.
    private var wide: [Int]?

    init() {}

    var count: Int { wide.map { $0.count / 2 } ?? starts.count }

    mutating func reserveCapacity(_ lines: Int) { starts.reserveCapacity(lines) }

    mutating func append(start: Int, end: Int) {
        if wide != nil || UInt32(exactly: start) == nil || UInt32(exactly: end) == nil {
            appendWide(start: start, end: end)
            return
        }
        if !starts.isEmpty {
            let gap = start - lastEnd
            if ends == nil, breakLength == nil { breakLength = gap }
            if ends == nil, gap != breakLength {
                // Breaks of another length: from here on each end is kept.
                ends = (0..<starts.count).map { UInt32(self[$0].end) }
            }
        }
        starts.append(UInt32(start))
        ends?.append(UInt32(end))
        lastEnd = end
    }

    private mutating func appendWide(start: Int, end: Int) {
        if wide == nil {
            wide = (0..<count).flatMap { [self[$0].start, self[$0].end] }
            starts = []
            ends = nil
        }
        wide?.append(start)
        wide?.append(end)
    }

    subscript(line: Int) -> (start: Int, end: Int) {
        if let wide { return (wide[2 * line], wide[2 * line + 1]) }
        let start = Int(starts[line])
        if let ends { return (start, Int(ends[line])) }
        return (start, line + 1 == starts.count ? lastEnd : Int(starts[line + 1]) - (breakLength ?? 0))
    }
}
