extension Report {
    /// Every text span of the report, in document order: the metadata fields, then the preamble,
    /// each heading followed by its paragraphs, items and table cells. The plain way for a rule to
    /// read all the text; rules on the hot path share decoded texts through `RuleText` instead.
    public var allTextSpans: [TextSpan] {
        var spans: [TextSpan] = []
        forEachTextSpan { spans.append($0) }
        return spans
    }

    /// Calls `body` with each of `allTextSpans` in order, without making the array (a long
    /// table's cells would be a list as long as the table).
    public func forEachTextSpan(_ body: (TextSpan) throws -> Void) rethrows {
        for field in [metadata.documentNumber, metadata.title, metadata.recipients, metadata.issuer, metadata.date] {
            if let field { try body(field.written) }
        }
        for block in preamble { try block.forEachTextSpan(body) }
        try forEachSection { section in
            try body(section.titleSpan)
            for block in section.blocks { try block.forEachTextSpan(body) }
        }
    }
}
