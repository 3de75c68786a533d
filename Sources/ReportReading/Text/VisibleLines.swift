/// The lines of a draft that a filter keeps (those that are not page chrome, notes or metadata),
/// as positions into all of them: metadata and the paragraph layout are read from it without a
/// second copy of the lines (which, grown by appending, once held three times their size).
struct VisibleLines: RandomAccessCollection {
    private let all: SourceLineList
    private let positions: [Int32]

    /// The lines whose numbers (1-based) `isVisible` keeps.
    init(_ all: SourceLineList, where isVisible: (Int) -> Bool) {
        self.all = all
        var positions: [Int32] = []
        positions.reserveCapacity(all.count)
        for index in all.indices where isVisible(index + 1) { positions.append(Int32(index)) }
        self.positions = positions
    }

    var startIndex: Int { 0 }

    var endIndex: Int { positions.count }

    subscript(position: Int) -> SourceLine { all[Int(positions[position])] }

    /// Whether the line at `position` is blank, without reading it.
    func isBlank(at position: Int) -> Bool { all.isBlank(at: Int(positions[position])) }
}
