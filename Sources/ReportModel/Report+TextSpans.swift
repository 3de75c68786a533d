extension Report {
    /// Every text span of the report, in document order: the metadata fields, then the preamble,
    /// each heading followed by its paragraphs, items and table cells. The plain way for a rule to
    /// read all the text; rules on the hot path share decoded texts through `RuleText` instead.
    public var allTextSpans: [TextSpan] {
        var spans: [TextSpan] = []
        for field in [metadata.documentNumber, metadata.title, metadata.recipients, metadata.issuer, metadata.date] {
            if let field { spans.append(field.written) }
        }
        for block in preamble { spans += block.textSpans }
        forEachSection { section in
            spans.append(section.titleSpan)
            for block in section.blocks { spans += block.textSpans }
        }
        return spans
    }
}
