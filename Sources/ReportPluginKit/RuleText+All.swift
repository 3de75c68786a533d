import ReportModel

extension RuleText {
    /// The key of `all(in:)` of the report in the run's shared values (`RuleContext.shared`), so
    /// that the scalars of every paragraph are decoded once per report rather than once per rule.
    public static let contextKey = "reportkit.scannedTexts"
    static let sharedKey = SharedKey<RuleTexts>(contextKey)

    /// Every text of the report a rule reads, in document order, decoded by the first rule of the
    /// run that asks. With `marker`, only the texts that contain it.
    public static func all(in report: Report, context: RuleContext, containing marker: Unicode.Scalar? = nil) -> RuleTexts {
        let shared = context.shared(sharedKey, of: report) { all(in: report) }
        guard let marker else { return shared }
        return shared.selecting { $0.contains(marker) }
    }

    /// Every text of the report a rule reads, in document order.
    public static func all(in report: Report) -> RuleTexts { all(in: report, containing: nil) }

    /// The texts of the report that contain `marker` (a character the rule cannot do without), found
    /// by a byte search, so that a rule skips most paragraphs without decoding them.
    ///
    /// Two walks over the report: the first counts the texts and their scalars, the second decodes
    /// each text into a buffer of exactly that size and writes its row at once, so that no list of
    /// spans or summaries is held beside the texts while they are made.
    public static func all(in report: Report, containing marker: Unicode.Scalar?) -> RuleTexts {
        let needle = marker.map { String($0) }
        var count = 0
        var scalars = 0
        forEachText(in: report, containing: needle) { span, _ in
            count += 1
            scalars += ScannedTextDecoder.scalarCount(span.text)
        }
        var batch = ScannedTextDecoder.Batch(texts: count, scalarCapacity: scalars)
        forEachText(in: report, containing: needle) { span, kind in batch.decode(span, kind: kind) }
        return RuleTexts(table: batch.finish())
    }

    /// Calls `body` with every non-empty text of the report that contains `needle` (all when nil),
    /// in document order: the metadata fields, the preamble, then each section's title and blocks.
    private static func forEachText(in report: Report, containing needle: String?, _ body: (TextSpan, Kind) -> Void) {
        func keep(_ span: TextSpan) -> Bool { needle.map(span.text.containsText) ?? true }
        let fields: [(MetadataField?, Kind)] = [
            (report.metadata.documentNumber, .documentNumber), (report.metadata.title, .metadata),
            (report.metadata.recipients, .metadata), (report.metadata.issuer, .metadata),
            (report.metadata.date, .metadata),
        ]
        for case let (field?, kind) in fields where keep(field.written) {
            body(field.written, kind)
        }
        func visit(_ block: Block) {
            if case .paragraph(let paragraph) = block {
                if !paragraph.span.text.isEmpty && keep(paragraph.span) { body(paragraph.span, .body) }
                return
            }
            block.forEachTextSpan { span in
                if !span.text.isEmpty && keep(span) { body(span, .body) }
            }
        }
        // By index: a `for section in` loop would copy (and retain) every section.
        func visit(_ sections: [Section]) {
            for index in sections.indices {
                if keep(sections[index].titleSpan) { body(sections[index].titleSpan, .heading) }
                for block in sections[index].blocks.indices { visit(sections[index].blocks[block]) }
                visit(sections[index].children)
            }
        }
        for block in report.preamble { visit(block) }
        visit(report.sections)
    }
}
