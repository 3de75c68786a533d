import ReportModel

/// Nests a flat stream of headings and blocks into the section tree.
///
/// A heading's place follows its marker family (一、 → （一） → 1. → （1）): a family already open
/// closes everything below it; a new family opens a level below the current one. A marker from the
/// wrong family that continues its siblings' count (`（5）` between `（四）` and `（六）`) is taken as
/// that sibling, keeping its raw form for the rules to report.
struct OutlineBuilder {
    /// A placed heading: what its section keeps of the heading line (not its family, nor the body
    /// text run on after it, which is a block of its own), so that a draft of many short sections
    /// holds less while its tree is built.
    private struct Node {
        var marker: Marker?
        var title: String
        var titleSpan: TextSpan
        var level: Int
        var blocks: [Block] = []
        var children: [Int] = []
    }

    private var nodes: [Node] = []
    private var roots: [Int] = []
    /// Open sections, outermost first, with the marker family each was opened with.
    private var stack: [(node: Int, family: Int)] = []
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
        if let open = stack.last { nodes[open.node].blocks.append(block) } else { preamble.append(block) }
    }

    private mutating func place(_ heading: HeadingLine) {
        var family = heading.family
        if let marker = heading.marker, !stack.contains(where: { $0.family == family }),
           let sibling = stack.last(where: { $0.family != family }),
           let siblingMarker = nodes[sibling.node].marker,
           siblingMarker.ordinal + 1 == marker.ordinal, Self.sameShape(siblingMarker.style, marker.style) {
            family = sibling.family
        }
        if let open = stack.lastIndex(where: { $0.family == family }) {
            stack.removeSubrange(open...)
        }
        let level = stack.count + 1
        var marker = heading.marker
        marker?.level = level
        nodes.append(Node(marker: marker, title: heading.title, titleSpan: heading.titleSpan, level: level))
        let index = nodes.count - 1
        if let parent = stack.last { nodes[parent.node].children.append(index) } else { roots.append(index) }
        stack.append((index, family))
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

    func build() -> (preamble: [Block], sections: [Section], indicatorTables: [IndicatorTable]) {
        return (preamble, roots.map(section), indicatorTables)
    }

    private func section(_ index: Int) -> Section {
        let node = nodes[index]
        let role = node.level == 1 ? RoleClassifier.role(forTitle: node.title) : .other
        return Section(
            marker: node.marker, title: node.title, titleSpan: node.titleSpan,
            role: role, level: node.level, blocks: node.blocks, children: node.children.map(section))
    }
}
