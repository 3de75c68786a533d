/// A numbered heading with its body and sub-sections: `二、存在的主要问题` and everything under it.
public struct Section: Hashable, Sendable, Codable {
    /// The number as written; nil for a Markdown heading without one.
    public var marker: Marker?
    /// The heading text after the marker, without trailing punctuation noise.
    public var title: String
    /// Where the heading text (marker excluded) is.
    public var titleSpan: TextSpan
    public var role: SectionRole
    /// The depth in the outline, 1 for parts (一、), 2 for groups (（一）), and so on; stored narrow
    /// beside `role` (a section is 120 bytes rather than 144).
    @Narrow<UInt8> public var level: Int
    public var blocks: [Block]
    public var children: [Section]

    public init(
        marker: Marker?, title: String, titleSpan: TextSpan, role: SectionRole, level: Int,
        blocks: [Block] = [], children: [Section] = []
    ) {
        self.marker = marker
        self.title = title
        self.titleSpan = titleSpan
        self.role = role
        self.level = level
        self.blocks = blocks
        self.children = children
    }

    /// The heading line's range, marker included.
    public var headingRange: SourceRange {
        guard let marker else { return titleSpan.range }
        return marker.range.union(titleSpan.range)
    }

    /// The line of the heading.
    public var line: Int { headingRange.start.line }

    /// Whether the section says anything: body text, a table, or sub-sections.
    public var hasContent: Bool { !blocks.isEmpty || !children.isEmpty }

    /// This section and every section under it, depth first, in document order.
    public var allSections: [Section] {
        var result: [Section] = []
        appendSections(to: &result)
        return result
    }

    /// Every block in this section and its sub-sections, in document order.
    public var allBlocks: [Block] {
        var result: [Block] = []
        appendBlocks(to: &result)
        return result
    }

    /// Appends this section and those under it to `result`: one array for the whole tree rather
    /// than one per level joined on the way up.
    /// Calls `body` with this section, then every section under it, depth first, copying none.
    public func forEachSection(_ body: (Section) throws -> Void) rethrows {
        try body(self)
        for index in children.indices { try children[index].forEachSection(body) }
    }

    func appendSections(to result: inout [Section]) {
        result.append(self)
        for child in children { child.appendSections(to: &result) }
    }

    func appendBlocks(to result: inout [Block]) {
        result.append(contentsOf: blocks)
        for child in children { child.appendBlocks(to: &result) }
    }
}
