/// A self-evaluation report as one value: what every reader produces and every writer and rule reads.
public struct Report: Hashable, Sendable, Codable {
    /// What `SourcePosition.line` counts in this report.
    public enum LocationUnit: String, Hashable, Sendable, Codable {
        /// Text lines of a `.txt` or `.md` file.
        case line
        /// Paragraphs of a Word document (第N段).
        case paragraph
    }

    /// The file the report was read from, as given on the command line.
    public var path: String
    public var locationUnit: LocationUnit
    public var metadata: ReportMetadata
    /// Body text before the first numbered part (the opening paragraph).
    public var preamble: [Block]
    /// The top-level sections (parts), each with its sub-sections.
    public var sections: [Section]
    /// Every indicator table in the report, in document order.
    public var indicatorTables: [IndicatorTable]

    public init(
        path: String, locationUnit: LocationUnit = .line, metadata: ReportMetadata = ReportMetadata(),
        preamble: [Block] = [], sections: [Section] = [], indicatorTables: [IndicatorTable] = []
    ) {
        self.path = path
        self.locationUnit = locationUnit
        self.metadata = metadata
        self.preamble = preamble
        self.sections = sections
        self.indicatorTables = indicatorTables
    }

    /// Every section, depth first, in document order (a list of copies, made at its exact size; to
    /// look at each section, `forEachSection` copies nothing).
    public var allSections: [Section] {
        var count = 0
        forEachSection { _ in count += 1 }
        var result: [Section] = []
        result.reserveCapacity(count)
        for section in sections { section.appendSections(to: &result) }
        return result
    }

    /// Calls `body` with every section, depth first, in document order, without making a list of
    /// them (a draft of 100k sections would copy 14 MB of sections for a rule to look at each once).
    public func forEachSection(_ body: (Section) throws -> Void) rethrows {
        for index in sections.indices { try sections[index].forEachSection(body) }
    }

    /// Every block of body text, preamble first, in document order.
    public var allBlocks: [Block] {
        var result = preamble
        for section in sections { section.appendBlocks(to: &result) }
        return result
    }

    /// The top-level parts with the given role.
    public func parts(withRole role: SectionRole) -> [Section] {
        sections.filter { $0.role == role }
    }
}
