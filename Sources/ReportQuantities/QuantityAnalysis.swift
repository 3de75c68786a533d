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
        for block in report.allBlocks {
            switch block {
            case .paragraph(let paragraph): analysis.append(analyze(paragraph.span))
            case .item(let item): analysis.append(analyze(item.span))
            case .table: continue
            }
        }
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
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte &- 0x30 < 10 { return true }
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBC, bytes[index + 2] &- 0x90 < 10 { return true }
                index += 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { ScalarCodes.digit($0.value) != nil }
    }

    private mutating func append(_ other: QuantityAnalysis) {
        quantities.append(contentsOf: other.quantities)
        statements.append(contentsOf: other.statements)
    }
}
