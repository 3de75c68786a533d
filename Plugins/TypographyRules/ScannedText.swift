import ReportModel

/// One run of text a typography rule reads (a paragraph, an item, a table cell, a heading, a metadata
/// field) as Unicode scalars, so that rules scan it in one pass without grapheme breaking, and map
/// scalar offsets back to Character columns only for the few places they report.
struct ScannedText {
    /// What the text is; some rules treat the 发文字号 differently.
    enum Kind { case body, heading, documentNumber, metadata }

    let span: TextSpan
    let kind: Kind
    let scalars: [Unicode.Scalar]
    /// Character offset of each scalar offset, only when some Character has several scalars.
    private let characterOffsets: [Int]?

    init(_ span: TextSpan, kind: Kind) {
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

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The source range of the scalars `offsets`.
    func range(_ offsets: Range<Int>) -> SourceRange {
        guard let map = characterOffsets else { return span.range(ofCharacters: offsets) }
        return span.range(ofCharacters: map[offsets.lowerBound]..<map[offsets.upperBound])
    }

    /// The text of the scalars `offsets`.
    func text(_ offsets: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[offsets])
        return String(result)
    }

    /// Every text of the report a typography rule reads, in document order.
    static func all(in report: Report) -> [ScannedText] { all(in: report, containing: nil) }

    /// The texts of the report that contain `marker` (a character the rule cannot do without), found
    /// by a byte search, so that a rule skips most paragraphs without decoding them.
    static func all(in report: Report, containing marker: Unicode.Scalar?) -> [ScannedText] {
        var texts: [ScannedText] = []
        let pattern = marker.map { Array(String($0).utf8) } ?? []
        func keep(_ span: TextSpan) -> Bool { pattern.isEmpty || contains(span.text, pattern) }
        let fields: [(MetadataField?, Kind)] = [
            (report.metadata.documentNumber, .documentNumber), (report.metadata.title, .metadata),
            (report.metadata.recipients, .metadata), (report.metadata.issuer, .metadata),
            (report.metadata.date, .metadata),
        ]
        for case let (field?, kind) in fields where field.range.start.line == field.range.end.line {
            guard pattern.isEmpty || contains(field.text, pattern) else { continue }
            texts.append(ScannedText(
                TextSpan(text: field.text, line: field.range.start.line, column: field.range.start.column), kind: kind))
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

    /// Whether the UTF-8 bytes of `text` contain `pattern`.
    private static func contains(_ text: String, _ pattern: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count, let first = pattern.first else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = 1
                    while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
