import ReportModel

/// Nests a flat stream of headings and blocks into the section tree.
///
/// A heading's place follows its marker family (一、 → （一） → 1. → （1）): a family already open
/// closes everything below it; a new family opens a level below the current one. A marker from the
/// wrong family that continues its siblings' count (`（5）` between `（四）` and `（六）`) is taken as
/// that sibling, keeping its raw form for the rules to report.
struct OutlineBuilder {
    /// An open section: what it keeps of the heading line (not the body text run on after it, which
    /// is a block of its own), its marker family, its blocks so far and where its closed children begin.
    private struct Open {
        var marker: Marker?
        var title: String
        var titleSpan: TextSpan
        var level: Int
        /// The marker family the section was opened with.
        var family: Int
        var blocks: [Block] = []
        /// Where the section's closed children begin in `closed`.
        var firstChild: Int

        /// The section, once nothing more can be added to it, with its children.
        consuming func close(children: [Section]) -> Section {
            let role = level == 1 ? RoleClassifier.role(forTitle: title) : .other
            return Section(
                marker: marker, title: title, titleSpan: titleSpan, role: role, level: level, blocks: blocks,
                children: children)
        }
    }

    /// The open sections, outermost first. A section is made as soon as it closes (a heading of its
    /// family or an outer one, or the end), so that only the path to the current heading is held
    /// open, never a second copy of the whole outline.
    private var stack: [Open] = []
    /// The closed sections whose parent is still open (the roots at the bottom), in order: a
    /// section's children are the run above its `firstChild` when it closes, handed over in an array
    /// of their exact size. (Appending to each parent's own array would keep up to twice the room.)
    private var closed: [Section] = []
    private var preamble: [Block] = []
    private var indicatorTables: [IndicatorTable] = []

    mutating func add(heading: HeadingLine) {
        place(heading)
    }

    mutating func add(paragraph span: TextSpan) {
        for block in ItemSplitter.blocks(for: span) { append(block) }
    }

    mutating func add(table: Table, indicators: IndicatorTable?) {
        var table = table
        if let indicators {
            table.indicatorTableIndex = indicatorTables.count
            indicatorTables.append(indicators)
        }
        append(.table(table))
    }

    private mutating func append(_ block: Block) {
        if stack.isEmpty { preamble.append(block) } else { stack[stack.count - 1].blocks.append(block) }
    }

    private mutating func place(_ heading: HeadingLine) {
        var family = heading.family
        if let marker = heading.marker, !stack.contains(where: { $0.family == family }),
           let sibling = stack.last(where: { $0.family != family }),
           let siblingMarker = sibling.marker,
           siblingMarker.ordinal + 1 == marker.ordinal, Self.sameShape(siblingMarker.style, marker.style) {
            family = sibling.family
        }
        if let open = stack.lastIndex(where: { $0.family == family }) { close(downTo: open) }
        let level = stack.count + 1
        var marker = heading.marker
        marker?.level = level
        stack.append(Open(
            marker: marker, title: heading.title, titleSpan: heading.titleSpan, level: level, family: family,
            firstChild: closed.count))
    }

    /// Closes the open sections from the innermost to the one at `depth` (inclusive).
    private mutating func close(downTo depth: Int) {
        while stack.count > depth {
            let open = stack.removeLast()
            let children = takeClosed(from: open.firstChild)
            closed.append(open.close(children: children))
        }
    }

    /// The closed sections from `start` on, removed from `closed`, in an array of their count.
    private mutating func takeClosed(from start: Int) -> [Section] {
        let count = closed.count - start
        guard count > 0 else { return [] }
        let taken = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            closed.withUnsafeBufferPointer { _ = buffer.initialize(fromContentsOf: $0[start...]) }
            initialized = count
        }
        closed.removeSubrange(start...)
        return taken
    }

    /// Whether two marker styles look alike apart from the numeral: both bracketed the same way, or
    /// both followed by 、.
    private static func sameShape(_ a: MarkerStyle, _ b: MarkerStyle) -> Bool {
        func shape(_ style: MarkerStyle) -> Int {
            switch style {
            case .chineseFullWidthParen, .arabicFullWidthParen: 0
            case .chineseHalfWidthParen, .arabicHalfWidthParen: 1
            case .chineseComma, .arabicComma: 2
            case .arabicDot, .arabicFullWidthDot: 3
            }
        }
        return shape(a) == shape(b) || (shape(a) <= 1 && shape(b) <= 1)
    }

    mutating func build() -> (preamble: [Block], sections: [Section], indicatorTables: [IndicatorTable]) {
        close(downTo: 0)
        return (preamble, takeClosed(from: 0), indicatorTables)
    }
}
