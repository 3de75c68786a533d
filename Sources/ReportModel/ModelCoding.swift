// The model's JSON form (`reportkit parse --format json`), which out-of-process plugins read.
// Synthesised coding is kept where it already reads well; these types add a convenient `line`,
// drop derived state, give blocks a `kind` discriminator, and keep the order of a marker's keys.
// (A field stored narrow codes itself as its `Int`: see `Narrow`.)

private enum LineKey: String, CodingKey { case line }

extension TextSpan {
    private enum CodingKeys: String, CodingKey { case text, segments }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        let segments = try container.decode([Segment].self, forKey: .segments)
        guard !segments.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .segments, in: container, debugDescription: "empty segments")
        }
        self.init(text: text, segments: segments)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(segments, forKey: .segments)
    }
}

extension Marker {
    private enum CodingKeys: String, CodingKey { case level, style, ordinal, raw, range }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            level: try container.decode(Int.self, forKey: .level), style: try container.decode(MarkerStyle.self, forKey: .style),
            ordinal: try container.decode(Int.self, forKey: .ordinal), raw: try container.decode(String.self, forKey: .raw),
            range: try container.decode(SourceRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(style, forKey: .style)
        try container.encode(ordinal, forKey: .ordinal)
        try container.encode(raw, forKey: .raw)
        try container.encode(range, forKey: .range)
    }
}

extension Section {
    private enum CodingKeys: String, CodingKey {
        case marker, title, titleSpan, role, level, blocks, children
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            marker: try container.decodeIfPresent(Marker.self, forKey: .marker),
            title: try container.decode(String.self, forKey: .title),
            titleSpan: try container.decode(TextSpan.self, forKey: .titleSpan),
            role: try container.decode(SectionRole.self, forKey: .role),
            level: try container.decode(Int.self, forKey: .level),
            blocks: try container.decode([Block].self, forKey: .blocks),
            children: try container.decode([Section].self, forKey: .children))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(role, forKey: .role)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(marker, forKey: .marker)
        try container.encode(titleSpan, forKey: .titleSpan)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(children, forKey: .children)
        var lineContainer = encoder.container(keyedBy: LineKey.self)
        try lineContainer.encode(line, forKey: .line)
    }
}

extension Indicator {
    private enum CodingKeys: String, CodingKey {
        case category, name, unit, target, targetText, actual, actualText, parent, range
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            category: try container.decodeIfPresent(String.self, forKey: .category),
            name: try container.decode(String.self, forKey: .name),
            unit: try container.decodeIfPresent(String.self, forKey: .unit),
            target: try container.decodeIfPresent(IndicatorValue.self, forKey: .target),
            targetText: try container.decode(String.self, forKey: .targetText),
            actual: try container.decodeIfPresent(IndicatorValue.self, forKey: .actual),
            actualText: try container.decode(String.self, forKey: .actualText),
            parent: try container.decodeIfPresent(Int.self, forKey: .parent),
            range: try container.decode(SourceRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(category, forKey: .category)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(target, forKey: .target)
        try container.encode(targetText, forKey: .targetText)
        try container.encode(actual, forKey: .actual)
        try container.encode(actualText, forKey: .actualText)
        try container.encode(parent, forKey: .parent)
        try container.encode(range, forKey: .range)
        var lineContainer = encoder.container(keyedBy: LineKey.self)
        try lineContainer.encode(line, forKey: .line)
    }
}

extension IndicatorTable {
    private enum CodingKeys: String, CodingKey { case targetHeader, actualHeader, indicators, range }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            targetHeader: try container.decode(String.self, forKey: .targetHeader),
            actualHeader: try container.decode(String.self, forKey: .actualHeader),
            indicators: try container.decode(Indicators.self, forKey: .indicators),
            range: try container.decode(SourceRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(targetHeader, forKey: .targetHeader)
        try container.encode(actualHeader, forKey: .actualHeader)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(range, forKey: .range)
        var lineContainer = encoder.container(keyedBy: LineKey.self)
        try lineContainer.encode(line, forKey: .line)
    }
}

extension Block {
    private enum Kind: String, Codable { case paragraph, item, table }
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(Kind.self, forKey: .kind)
        switch kind {
        case .paragraph: self = .paragraph(try Paragraph(from: decoder))
        case .item: self = .item(try EnumeratedItem(from: decoder))
        case .table: self = .table(try Table(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        switch self {
        case .paragraph(let paragraph):
            try container.encode(Kind.paragraph, forKey: .kind)
            try paragraph.encode(to: encoder)
        case .item(let item):
            try container.encode(Kind.item, forKey: .kind)
            try item.encode(to: encoder)
        case .table(let table):
            try container.encode(Kind.table, forKey: .kind)
            try table.encode(to: encoder)
        }
        var lineContainer = encoder.container(keyedBy: LineKey.self)
        try lineContainer.encode(range.start.line, forKey: .line)
    }
}
