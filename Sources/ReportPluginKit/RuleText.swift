import ReportModel

/// One run of text a rule reads (a paragraph, an item, a table cell, a heading, a metadata field):
/// the rule-facing text API. A rule gets the report's texts with `RuleText.all(in:context:)`, skips
/// those without what it looks for (`contains`, `containsAny(of:)`), finds characters and phrases
/// (`firstIndex(of:from:)`, `ranges(of:)`), reads scalars by offset (`text[i]`, `scalars`) and reports
/// `range(_:)`, which is in Characters of the source line. Offsets are scalar offsets, so that a scan
/// needs no grapheme breaking; the buffers, summaries and vectorised scans that make this fast are
/// internal to ReportPluginKit.
///
/// A row of the report's `RuleTextTable` (the table and a row number): copying one or holding a
/// list of them never copies a text, and the report's texts cost one 24-byte row each, not an
/// object each (400,000 for a table of 100k rows).
public struct RuleText: Sendable {
    /// What the text is; some rules treat the 发文字号 differently.
    public enum Kind: UInt32, Sendable { case body, heading, documentNumber, metadata }

    let table: RuleTextTable
    let index: Int

    init(table: RuleTextTable, index: Int) {
        self.table = table
        self.index = index
    }

    /// Decodes one text on its own (rules that read a text the engine did not share use this).
    public init(_ span: TextSpan, kind: Kind) {
        var batch = ScannedTextDecoder.Batch(texts: 1, scalarCapacity: ScannedTextDecoder.scalarCount(span.text))
        batch.decode(span, kind: kind)
        self.init(table: batch.finish(), index: 0)
    }

    @inline(__always)
    var row: RuleTextTable.Row { table.row(index) }

    /// The text and where it is in the source. The text is made anew from the scalars: a rule
    /// that only looks for something reads the scalars (`contains`, `firstIndex`, `ranges`).
    public var span: TextSpan { span(text: string, extras: table.extras(of: index)) }

    /// The span of this text with `text` as its text (`""` when only its place is wanted).
    private func span(text: String, extras: RuleTextTable.Extras?) -> TextSpan {
        let row = self.row
        return TextSpan(
            text: text, start: SourcePosition(line: Int(row.line), column: Int(row.column)),
            laterSegments: extras?.laterSegments ?? [], length: extras?.length ?? count)
    }

    /// The text itself, made anew from the scalars.
    public var string: String { text(0..<count) }

    public var kind: Kind { Kind(rawValue: row.marksAndKind >> 28 & 3).unsafelyUnwrapped }

    /// The scalars, in the buffer shared by every text decoded together.
    public var scalars: ScannedScalars {
        ScannedScalars(storage: table.storage, offset: Int(row.scalarOffset), count: count)
    }

    /// Which tracked non-ASCII marks (`ScannedMarks.tracked`) occur in the text.
    var marks: ScannedMarks { ScannedMarks(rawValue: UInt64(row.marksAndKind & 0x0FFF_FFFF)) }

    /// Whether the ASCII scalar `scalar` occurs in the text (answered from a summary made while
    /// decoding, so a rule skips text without the marks it looks for without scanning it; a scan
    /// settles the few scalars the summary holds together).
    @inline(__always)
    func containsASCII(_ scalar: Unicode.Scalar) -> Bool {
        let bit = ASCIISummary.bit(of: scalar.value)
        guard row.ascii.bits & bit != 0 else { return false }
        return bit != ASCIISummary.othersBit || firstIndex(of: scalar) != nil
    }

    public var count: Int { table.scalarCount(index) }

    public subscript(_ index: Int) -> Unicode.Scalar? {
        guard index >= 0, index < count else { return nil }
        // Straight from the storage: a `ScannedScalars` made for each scalar cost a retain and a
        // release of the storage (rules read texts scalar by scalar).
        let storage = table.storage
        let unit = storage.units + (Int(row.scalarOffset) + index)
        if unit.pointee & 0xF800 == 0xD800 { return storage.wideScalar(at: unit) }
        return unsafeBitCast(UInt32(unit.pointee), to: Unicode.Scalar.self)
    }

    /// Whether the scalar `marker` occurs in the text: from the ASCII mask or the mark summary
    /// when `marker` is in either, else by a scan of the scalars.
    public func contains(_ marker: Unicode.Scalar) -> Bool {
        if marker.isASCII { return containsASCII(marker) }
        if let bit = ScannedMarks.bit(of: marker) { return marks.rawValue & (1 << UInt64(bit)) != 0 }
        return firstIndex(of: marker) != nil
    }

    /// The source range of the scalars `offsets`.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        let extras = table.extras(of: index)
        // The span without its text: a range needs only where the text is.
        let span = span(text: "", extras: extras)
        guard let map = extras?.characterOffsets else { return span.range(ofCharacters: offsets) }
        return span.range(ofCharacters: map[offsets.lowerBound]..<map[offsets.upperBound])
    }

    /// The text of the scalars `offsets`.
    public func text(_ offsets: Range<Int>) -> String {
        precondition(offsets.lowerBound >= 0 && offsets.upperBound <= count, "scalar offsets out of range")
        var length = 0
        for index in offsets {
            let value = scalars.scalar(at: index).value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for index in offsets {
                let scalar = scalars.scalar(at: index)
                for byte in UTF8.encode(scalar).unsafelyUnwrapped {
                    buffer[out] = byte
                    out += 1
                }
            }
            return out
        }
    }
}
