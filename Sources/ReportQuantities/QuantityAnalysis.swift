import ReportModel

/// Every figure of a report's body text and the statements they form: what the figure rules check,
/// and what out-of-process plugins receive as JSON beside the report.
public struct QuantityAnalysis: Hashable, Sendable, Codable {
    /// Every figure with a unit, in document order.
    public var quantities: [Quantity]
    /// Totals with their parts, and growth statements, in document order.
    public var statements: [QuantityStatement]

    /// The key under which a lint engine may pass a report's analysis to rules in
    /// `RuleContext.extensions`, so that the figures are read once for every rule that needs them.
    public static let contextKey = "ReportQuantities.analysis"

    public init(quantities: [Quantity] = [], statements: [QuantityStatement] = []) {
        self.quantities = quantities
        self.statements = statements
    }

    /// Reads the figures of every paragraph and `一是` item (tables are read as indicator tables).
    public static func analyze(_ report: Report) -> QuantityAnalysis {
        var analysis = QuantityAnalysis()
        // The blocks are visited where they are: no list of every block of the report is built.
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): analysis.append(analyze(paragraph.span))
                case .item(let item): analysis.append(analyze(item.span))
                case .table: continue
                }
            }
        }
        func visit(_ section: Section) {
            visit(section.blocks)
            section.children.forEach(visit)
        }
        visit(report.preamble)
        report.sections.forEach(visit)
        return analysis
    }

    /// The statements of a report (a shorthand for `analyze(report).statements`).
    public static func statements(in report: Report) -> [QuantityStatement] { analyze(report).statements }

    /// Reads the figures of one run of text.
    public static func analyze(_ span: TextSpan) -> QuantityAnalysis {
        // A figure starts with a digit: text without one is not decoded at all.
        guard mayContainDigit(span.text) else { return QuantityAnalysis() }
        let (quantities, statements) = ParagraphAnalyzer(span).analyze()
        return QuantityAnalysis(quantities: quantities, statements: statements)
    }

    /// Reads the figures of a single line of text (for examples and tests).
    public static func analyze(text: String, line: Int = 1, column: Int = 1) -> QuantityAnalysis {
        analyze(TextSpan(text: text, line: line, column: column))
    }

    /// Whether `text` has an ASCII digit or a full-width one (`０`–`９`, UTF-8 `EF BC 90`–`EF BC 99`).
    static func mayContainDigit(_ text: String) -> Bool {
        let found: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return containsDigit(base, count: bytes.count)
        }
        return found ?? text.unicodeScalars.contains { ScalarCodes.digit($0.value) != nil }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is zero (exact: the borrow can only run on from a zero byte).
    @inline(__always) private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// Whether some byte of `word` is below 0x10 (exact, as `hasZeroByte`).
    @inline(__always) private static func hasByteBelow16(_ word: UInt64) -> Bool {
        (word &- ones &* 0x10) & ~word & highs != 0
    }

    /// Whether the UTF-8 `bytes` hold a digit: eight bytes at a time, where a word without a byte
    /// `3x` (the ASCII digits' row) and without `EF` (a full-width form's lead byte) is passed at once;
    /// only the other words are looked at byte by byte.
    static func containsDigit(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            if hasByteBelow16(word ^ 0x3030_3030_3030_3030) || hasZeroByte(word ^ 0xEFEF_EFEF_EFEF_EFEF) {
                if containsDigitBytewise(bytes, from: index, to: index + 8, count: count) { return true }
            }
            index += 8
        }
        return containsDigitBytewise(bytes, from: index, to: count, count: count)
    }

    /// Whether a digit starts at one of the bytes `from..<to` (a full-width one may run on to `count`).
    @inline(__always)
    static func containsDigitBytewise(_ bytes: UnsafePointer<UInt8>, from: Int, to: Int, count: Int) -> Bool {
        var index = from
        while index < to {
            let byte = bytes[index]
            if byte &- 0x30 < 10 { return true }
            if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBC, bytes[index + 2] &- 0x90 < 10 { return true }
            index += 1
        }
        return false
    }

    private mutating func append(_ other: QuantityAnalysis) {
        guard !other.quantities.isEmpty else { return }
        quantities.append(contentsOf: other.quantities)
        statements.append(contentsOf: other.statements)
    }
}
