import ReportModel

extension RuleText {
    /// The key of `all(in:)` of the report in the run's shared values (`RuleContext.shared`), so
    /// that the scalars of every paragraph are decoded once per report rather than once per rule.
    public static let contextKey = "reportkit.scannedTexts"
    static let sharedKey = SharedKey<[RuleText]>(contextKey)

    /// Every text of the report a rule reads, in document order, decoded by the first rule of the
    /// run that asks. With `marker`, only the texts that contain it.
    public static func all(in report: Report, context: RuleContext, containing marker: Unicode.Scalar? = nil) -> [RuleText] {
        let shared = context.shared(sharedKey, of: report) { all(in: report) }
        guard let marker else { return shared }
        return shared.filter { $0.contains(marker) }
    }

    /// Every text of the report a rule reads, in document order.
    public static func all(in report: Report) -> [RuleText] { all(in: report, containing: nil) }

    /// The texts of the report that contain `marker` (a character the rule cannot do without), found
    /// by a byte search, so that a rule skips most paragraphs without decoding them.
    public static func all(in report: Report, containing marker: Unicode.Scalar?) -> [RuleText] {
        var texts: [(TextSpan, Kind)] = []
        let needle = marker.map { String($0) }
        func keep(_ span: TextSpan) -> Bool { needle.map(span.text.containsText) ?? true }
        let fields: [(MetadataField?, Kind)] = [
            (report.metadata.documentNumber, .documentNumber), (report.metadata.title, .metadata),
            (report.metadata.recipients, .metadata), (report.metadata.issuer, .metadata),
            (report.metadata.date, .metadata),
        ]
        for case let (field?, kind) in fields where keep(field.written) {
            texts.append((field.written, kind))
        }
        func append(_ block: Block) {
            if case .paragraph(let paragraph) = block {
                if !paragraph.span.text.isEmpty && keep(paragraph.span) { texts.append((paragraph.span, .body)) }
                return
            }
            for span in block.textSpans where !span.text.isEmpty && keep(span) { texts.append((span, .body)) }
        }
        // By index: a `for section in` loop would copy (and retain) every section.
        func visit(_ sections: [Section]) {
            for index in sections.indices {
                if keep(sections[index].titleSpan) { texts.append((sections[index].titleSpan, .heading)) }
                for block in sections[index].blocks.indices { append(sections[index].blocks[block]) }
                visit(sections[index].children)
            }
        }
        for block in report.preamble { append(block) }
        visit(report.sections)
        return ScannedTextDecoder.decode(texts)
    }
}
