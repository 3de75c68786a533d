import ReportModel

/// Gives the drafted report's elements the positions they take in its plain-text form: metadata
/// lines, then one line per heading and paragraph with a blank line between, one line per table row.
///
/// A drafted report has no source file; these positions let rules and writers treat it like a read one.
struct DraftLayout {
    private(set) var line = 1

    /// Reserves the next line and a blank line after it.
    mutating func next() -> Int {
        defer { line += 2 }
        return line
    }

    /// Reserves `count` consecutive lines and a blank line after them; returns the first.
    mutating func block(of count: Int) -> Int {
        defer { line += count + 1 }
        return line
    }

    mutating func field(_ text: String) -> MetadataField {
        MetadataField(text: text, range: SourceRange(line: next(), column: 1, length: text.count))
    }

    mutating func paragraph(_ text: String) -> Block {
        let span = TextSpan(text: text, line: next())
        if let (ordinal, raw) = Self.itemMarker(text) {
            return .item(EnumeratedItem(ordinal: ordinal, raw: raw, span: span))
        }
        return .paragraph(Paragraph(span: span))
    }

    /// A heading with its marker in the standard style for `level`.
    mutating func heading(level: Int, ordinal: Int, title: String, role: SectionRole) -> Section {
        let line = next()
        let raw = MarkerStyle.standard(forLevel: level).format(ordinal)
        let marker = Marker(
            level: level, style: .standard(forLevel: level), ordinal: ordinal, raw: raw,
            range: SourceRange(line: line, column: 1, length: raw.count))
        return Section(
            marker: marker, title: title, titleSpan: TextSpan(text: title, line: line, column: raw.count + 1),
            role: role, level: level)
    }

    /// `二是…` gives (2, "二是").
    static func itemMarker(_ text: String) -> (Int, String)? {
        let numeral = text.prefix { ChineseNumeral.isNumeral($0) }
        guard !numeral.isEmpty, numeral.count <= 3,
              text.dropFirst(numeral.count).first == "是",
              let value = ChineseNumeral.value(of: numeral)
        else { return nil }
        return (value, numeral + "是")
    }
}
