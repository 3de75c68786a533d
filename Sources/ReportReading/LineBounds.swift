/// Where each line of a source is in its UTF-8 bytes: a start and an end a line, in 32 bits while
/// the source is under 4 GiB (8 bytes a line rather than 16; a draft of 400,000 lines holds 3 MB
/// of them), in full width past that.
struct LineBounds: Hashable, Sendable {
    /// Start and end of each line, one after the other.
    private var narrow: [UInt32] = []
    /// The same in full width, once an offset has not fitted in 32 bits.
    private var wide: [Int]?

    init() {}

    var count: Int { (wide?.count ?? narrow.count) / 2 }

    mutating func reserveCapacity(_ lines: Int) { narrow.reserveCapacity(lines * 2) }

    mutating func append(start: Int, end: Int) {
        if wide == nil, let start = UInt32(exactly: start), let end = UInt32(exactly: end) {
            narrow.append(start)
            narrow.append(end)
            return
        }
        if wide == nil {
            wide = narrow.map(Int.init)
            narrow = []
        }
        wide?.append(start)
        wide?.append(end)
    }

    subscript(line: Int) -> (start: Int, end: Int) {
        if let wide { return (wide[2 * line], wide[2 * line + 1]) }
        return (Int(narrow[2 * line]), Int(narrow[2 * line + 1]))
    }
}
