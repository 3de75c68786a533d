import ReportModel

/// One run of text a rule reads (a paragraph, an item, a table cell, a heading, a metadata
/// field) as Unicode scalars, so that rules scan it in one pass without grapheme breaking, and map
/// scalar offsets back to Character columns only for the few places they report.
public struct ScannedText: Sendable {
    /// What the text is; some rules treat the 发文字号 differently.
    public enum Kind: Sendable { case body, heading, documentNumber, metadata }

    public let span: TextSpan
    public let kind: Kind
    public let scalars: [Unicode.Scalar]
    /// Character offset of each scalar offset, only when some Character has several scalars.
    private let characterOffsets: [Int]?

    public init(_ span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
        let scalars = Array(span.text.unicodeScalars)
        self.scalars = scalars
        if scalars.count == span.length {
            characterOffsets = nil
        } else {
            var offsets: [Int] = []
            offsets.reserveCapacity(scalars.count + 1)
            var character = 0
            for grapheme in span.text {
                for _ in grapheme.unicodeScalars { offsets.append(character) }
                character += 1
            }
            offsets.append(character)
            characterOffsets = offsets
        }
    }

    public var count: Int { scalars.count }

    public subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The source range of the scalars `offsets`.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        guard let map = characterOffsets else { return span.range(ofCharacters: offsets) }
        return span.range(ofCharacters: map[offsets.lowerBound]..<map[offsets.upperBound])
    }

    /// The text of the scalars `offsets`.
    public func text(_ offsets: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[offsets])
        return String(result)
    }

    /// Where a lint engine puts `all(in:)` of the report in `RuleContext.extensions`, so that the
    /// scalars of every paragraph are copied once per report rather than once per rule.
    public static let contextKey = "reportkit.scannedTexts"

    /// Every text of the report a rule reads, in document order: the engine's shared copy when the
    /// context has one, else read now. With `marker`, only the texts that contain it.
    public static func all(in report: Report, context: RuleContext, containing marker: Unicode.Scalar? = nil) -> [ScannedText] {
        guard let shared = context.extensions[contextKey] as? [ScannedText] else { return all(in: report, containing: marker) }
        guard let marker else { return shared }
        let needle = String(marker)
        return shared.filter { $0.span.text.containsText(needle) }
    }

    /// Every text of the report a rule reads, in document order.
    public static func all(in report: Report) -> [ScannedText] { all(in: report, containing: nil) }

    /// The texts of the report that contain `marker` (a character the rule cannot do without), found
    /// by a byte search, so that a rule skips most paragraphs without decoding them.
    public static func all(in report: Report, containing marker: Unicode.Scalar?) -> [ScannedText] {
        var texts: [ScannedText] = []
        let needle = marker.map { String($0) }
        func keep(_ span: TextSpan) -> Bool { needle.map(span.text.containsText) ?? true }
        let fields: [(MetadataField?, Kind)] = [
            (report.metadata.documentNumber, .documentNumber), (report.metadata.title, .metadata),
            (report.metadata.recipients, .metadata), (report.metadata.issuer, .metadata),
            (report.metadata.date, .metadata),
        ]
        for case let (field?, kind) in fields where keep(field.written) {
            texts.append(ScannedText(field.written, kind: kind))
        }
        func append(_ block: Block) {
            for span in block.textSpans where !span.text.isEmpty && keep(span) { texts.append(ScannedText(span, kind: .body)) }
        }
        for block in report.preamble { append(block) }
        for section in report.allSections {
            if keep(section.titleSpan) { texts.append(ScannedText(section.titleSpan, kind: .heading)) }
            for block in section.blocks { append(block) }
        }
        return texts
    }
}
