import Foundation
import ReportModel
import ReportReading
import Testing
import TestSupport
@testable import ReportQuantities

/// The report's types write their JSON directly (`JSONWritable`); what they write must be the bytes
/// their `Encodable` conformances give through `SortedJSONEncoder`, in both layouts: a key out of
/// order, a member missed or added, a `null` for an absent member all show as a difference here.
struct DirectJSONWritingTests {
    static let layouts: [JSONWriter.Layout] = [.indented, .compact]

    /// Where two outputs first differ, with the text around it; nil when they are equal.
    static func difference(_ direct: Data, _ codable: Data) -> String? {
        guard direct != codable else { return nil }
        let a = Array(direct), b = Array(codable)
        var index = 0
        while index < a.count, index < b.count, a[index] == b[index] { index += 1 }
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 120)..<min(bytes.count, index + 120)], as: UTF8.self)
        }
        return "first difference at byte \(index) of \(a.count) / \(b.count)\n--- direct:\n\(around(a))\n--- codable:\n\(around(b))"
    }

    /// The report alone (the plugins' input) and with its figures (`parse --format json`), both layouts.
    static func expectSameBytes(
        _ report: Report, analysis: QuantityAnalysis? = nil, _ comment: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let analysis = analysis ?? QuantityAnalysis.analyze(report)
        for layout in layouts {
            let direct = try SortedJSONEncoder.data(report, layout: layout)
            let codable = try SortedJSONEncoder.codableData(report, layout: layout)
            if let difference = difference(direct, codable) {
                Issue.record("report \(comment) \(layout): \(difference)", sourceLocation: sourceLocation)
            }
            var streamed = Data()
            try QuantityJSON.write(report, analysis: analysis, layout: layout) { streamed.append($0) }
            let annotated = try QuantityJSON.codableData(report, analysis: analysis, layout: layout)
            if let difference = difference(streamed, annotated) {
                Issue.record("report with figures \(comment) \(layout): \(difference)", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: The comparison itself

    /// A type whose direct writing differs from its Codable form, to show that `codableData` does
    /// not take the direct path (else every comparison here would compare a thing with itself).
    struct Divergent: JSONWritable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode("codable")
        }

        func writeJSON(to writer: inout JSONWriter) { writer.string("direct") }
    }

    @Test func theCodableOutputDoesNotTakeTheDirectPath() throws {
        #expect(try SortedJSONEncoder.string(Divergent()) == "\"direct\"")
        #expect(String(decoding: try SortedJSONEncoder.codableData(Divergent()), as: UTF8.self) == "\"codable\"")
        #expect(String(decoding: try SortedJSONEncoder.codableData([Divergent()], layout: .compact), as: UTF8.self)
            == "[\"codable\"]")
    }

    // MARK: Reports

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func seeds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Seeds.directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let report = try ReportReader.read(contentsOf: Seeds.directory.appendingPathComponent(name)).report
            try Self.expectSameBytes(report, name)
        }
    }

    @Test func aReadDraftWithEveryKindOfContent() throws {
        let draft = """
            # 临江区人民政府关于履行教育职责情况的“自查”报告

            渝府\\〔2023〕40号

            市教委、市政府教育督导室：

            　　全县共有中学58所，其中公办中学41所，民办中学17所。全年教育支出18.36亿元，比上年的17.50亿元增长了0.86亿元，
            增长比例达4.91%。这一段折成了
            三行。

            一、基本情况

            一是新建学校3所。二是引进教师120名。

            （一）办学条件

            (二)师资\t队伍 "引号" 👍🏽 \u{2028}

            1.生均面积

            1．巩固率

            2、教师数

            （1）小学

            (2)初中

            附件：主要指标完成情况

            | 分类 | 指标 | 单位 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- | --- |
            | 分类0 | 在校学生数 | 人 | 300 | 290 |
            |  | 其中：普通小学 | 人 | 200 | 185 |
            |  | 普通初中 | 人 | 100 | 95 |
            |  | 巩固率 | % | >98.5 | 97.1 |
            |  | 生机比 |  | 100：12.8 | 100：13 |
            |  | 长数字 | 元 | 123456789012345678901234.5 | -0.000000000000000000000012 |
            |  | 空 |  |  | ≥12,345.50 |

            | 甲 | 乙 |
            | --- | --- |
            | a\\b | "c" |

            临江区人民政府
            2023年10月30日
            """
        for format in [InputFormat.markdown, .text] {
            let report = ReportReader.read(text: draft, path: "草稿/\"报告\".md", format: format).report
            #expect(!report.allBlocks.isEmpty)
            try Self.expectSameBytes(report, "\(format)")
        }
    }

    @Test func aLongTableWritesTheSameBytesAndLeavesInChunks() throws {
        var lines = ["附件：主要指标完成情况", "", "| 分类 | 指标 | 单位 | 2024年目标 | 2024年完成 |", "| --- | --- | --- | --- | --- |"]
        for row in 0..<3000 {
            let category = row % 6 == 0 ? "分类\(row / 6)" : ""
            let values = ["300", ">98.5", "12.50", "100：12.8", "", "≤\(row).25"]
            lines.append("| \(category) | \(row % 6 == 1 ? "其中：" : "")指标\(row) | 人 | \(values[row % 6]) | \(row * 7 % 1000) |")
        }
        let report = ReportReader.read(text: lines.joined(separator: "\n"), path: "table.md", format: .markdown).report
        #expect(report.indicatorTables.first?.indicators.count == 3000)
        try Self.expectSameBytes(report, "long table")

        // The direct path still hands the output on in chunks (memory stays a chunk, not the output).
        var chunks: [Int] = []
        try SortedJSONEncoder.write(report, chunkSize: 4096) { chunks.append($0.count) }
        let total = chunks.reduce(0, +)
        #expect(total == (try SortedJSONEncoder.data(report)).count)
        #expect(chunks.count > total / 8192)
        #expect(chunks.max() ?? 0 < 8192)
    }

    // MARK: Built reports

    static func span(_ text: String, line: Int, column: Int = 1, wrappedInto pieces: Int = 1) -> TextSpan {
        guard pieces > 1, text.count >= pieces else { return TextSpan(text: text, line: line, column: column) }
        let characters = Array(text)
        let size = characters.count / pieces
        var span = TextSpan(text: String(characters[0..<size]), line: line, column: column)
        for piece in 1..<pieces {
            let end = piece == pieces - 1 ? characters.count : (piece + 1) * size
            span.append(TextSpan(text: String(characters[piece * size..<end]), line: line + piece, column: 3))
        }
        return span
    }

    static func range(_ line: Int, _ column: Int = 1, _ length: Int = 4) -> SourceRange {
        SourceRange(line: line, column: column, length: length)
    }

    static let awkwardText = "引号\"反斜杠\\控制\u{0}\u{1}\u{8}\u{c}\u{1f}\u{7f}\n\r\t斜杠/ 行分隔\u{2028}\u{2029} 表情👍🏽𠀀 é"

    @Test func builtReportsWithEveryFieldAbsentAndPresent() throws {
        let value = { (text: String) in IndicatorValue(parsing: text) }
        let indicators = [
            Indicator(category: nil, name: "无", unit: nil, target: nil, targetText: "", actual: nil, actualText: "",
                      parent: nil, range: Self.range(3)),
            Indicator(category: "分类\"一\"", name: Self.awkwardText, unit: "万元", target: value(">98.5"),
                      targetText: ">98.5", actual: value("12345678901234567890123.456"),
                      actualText: "12345678901234567890123.456", parent: 0, range: Self.range(4, 2, 30)),
            Indicator(category: "", name: "负数", unit: "%", target: value("≤-0.000001"), targetText: "≤-0.000001",
                      actual: value("0"), actualText: "0", parent: 1, range: Self.range(5)),
            Indicator(category: nil, name: "大", unit: nil, target: value("1,000,000,000,000,000,000,000"),
                      targetText: "", actual: value("9999999999999999999"), actualText: "", parent: nil,
                      range: Self.range(6)),
            Indicator(category: nil, name: "值", unit: nil, target: IndicatorValue(value: Decimal(string: "1e30")!),
                      targetText: "", actual: IndicatorValue(comparator: .lessThan, value: Decimal(string: "-2.5e-3")!,
                                                             fractionDigits: 4),
                      actualText: "", parent: nil, range: Self.range(7)),
        ]
        #expect(indicators.contains { $0.actual != nil && $0.actual?.exactValue == nil })
        let table = IndicatorTable(targetHeader: "目标\t", actualHeader: "完成", indicators: indicators, range: Self.range(2, 1, 9))
        let cells = [[Table.Cell(text: "分类", range: Self.range(2)), Table.Cell(text: Self.awkwardText, range: Self.range(2, 9))],
                     [], [Table.Cell(text: "", range: Self.range(3))]]
        let markers = MarkerStyle.allCases.enumerated().map { index, style in
            Marker(level: style.standardLevel, style: style, ordinal: index + 1, raw: style.format(index + 1),
                   range: Self.range(10 + index))
        }
        let blocks: [Block] = [
            .paragraph(Paragraph(span: Self.span("一段话，" + Self.awkwardText + "，折成四行的长段落。", line: 20, column: 3, wrappedInto: 4))),
            .paragraph(Paragraph(span: Self.span("", line: 30))),
            .item(EnumeratedItem(ordinal: 2, raw: "二是", span: Self.span("二是引进教师120名，增长12.5%。", line: 31, wrappedInto: 2))),
            .table(Table(rows: cells, range: Self.range(40), indicatorTableIndex: 0)),
            .table(Table(rows: [], range: Self.range(50), indicatorTableIndex: nil)),
        ]
        let sections = markers.enumerated().map { index, marker in
            Section(marker: index == 0 ? nil : marker, title: "标题\(index)\"", titleSpan: Self.span("标题\(index)", line: 10 + index),
                    role: SectionRole.allCases[index % SectionRole.allCases.count], level: marker.level,
                    blocks: index % 2 == 0 ? blocks : [],
                    children: index % 3 == 0 ? [Section(marker: marker, title: "子", titleSpan: Self.span("子", line: 99),
                                                        role: .other, level: 2)] : [])
        }
        let field = MetadataField(text: "临江区", written: Self.span("临江区人民政府\"", line: 1, wrappedInto: 2))
        let full = ReportMetadata(documentNumber: field, title: field, recipients: field, issuer: field, date: field,
                                  district: "临江区", year: 2023)
        for metadata in [ReportMetadata(), full, ReportMetadata(title: field, year: -1)] {
            for locationUnit in [Report.LocationUnit.line, .paragraph] {
                let report = Report(path: Self.awkwardText, locationUnit: locationUnit, metadata: metadata,
                                    preamble: blocks, sections: sections, indicatorTables: [table, table])
                try Self.expectSameBytes(report)
            }
        }
        try Self.expectSameBytes(Report(path: ""), "empty")
    }

    @Test func figuresWithEveryStatementShape() throws {
        let unit = QuantityUnit(text: "万元", base: "元", scale: 10_000)
        func quantity(_ text: String, _ number: String, role: QuantityRole, sign: Int = 1, offset: Int) -> Quantity {
            Quantity(text: text, number: Decimal(string: number)!, fractionDigits: 2, unit: unit, isApproximate: sign < 0,
                     role: role, sign: sign, label: Self.awkwardText, offset: offset, length: text.count,
                     range: Self.range(1, offset + 1, text.count))
        }
        let total = quantity("18.36万元", "18.36", role: .total, offset: 0)
        let part = quantity("12345678901234567890123.45", "12345678901234567890123.45", role: .part, sign: -1, offset: 9)
        let statements = [
            QuantityStatement.composition(total: total, parts: [part, part]),
            QuantityStatement.growth(current: total, base: nil, increase: part, rate: nil),
            QuantityStatement.growth(current: nil, base: part, increase: nil, rate: total),
            QuantityStatement(kind: .composition),
        ]
        let analysis = QuantityAnalysis(quantities: [total, part], statements: statements)
        try Self.expectSameBytes(Report(path: "x"), analysis: analysis, "figures")
        try Self.expectSameBytes(Report(path: "x"), analysis: QuantityAnalysis(), "no figures")
    }

    /// The report with one more member where its key sorts, whatever the key: the `Encodable` way.
    struct WithExtra: Encodable, JSONWritable {
        struct Key: CodingKey {
            var stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }

        var report: Report
        var key: String

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode([1, 2], forKey: Key(stringValue: key))
        }

        func writeJSON(to writer: inout JSONWriter) {
            report.writeJSON(to: &writer, extraKey: key) { writer in
                writer.beginArray()
                writer.nextItem()
                writer.int(1)
                writer.nextItem()
                writer.int(2)
                writer.endArray()
            }
        }
    }

    @Test func anExtraMemberGoesWhereItsKeySorts() throws {
        let report = Report(path: "p", preamble: [.paragraph(Paragraph(span: Self.span("段", line: 1)))])
        for key in ["", "a", "indicatorTables", "j", "metadata", "path", "pathz", "quantities", "sections", "z", "é", "\""] {
            for layout in Self.layouts {
                let value = WithExtra(report: report, key: key)
                let direct = try SortedJSONEncoder.data(value, layout: layout)
                if let difference = Self.difference(direct, try SortedJSONEncoder.codableData(value, layout: layout)) {
                    Issue.record("key \(key): \(difference)")
                }
            }
        }
    }

    /// Figures written from their exact form read as `Decimal.description` does: every length of
    /// digits and fraction, leading and trailing zeros, signs, and the long ones kept as `Decimal`.
    @Test func figuresReadAsTheirDecimal() throws {
        var random = SplitMix(seed: 21)
        var values: [IndicatorValue] = []
        for digitCount in 1...24 {
            for _ in 0..<60 {
                var digits = (0..<digitCount).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
                if Bool.random(using: &random) { digits = String(repeating: "0", count: Int.random(in: 1...3, using: &random)) + digits }
                if Bool.random(using: &random) { digits += String(repeating: "0", count: Int.random(in: 1...4, using: &random)) }
                let point = Int.random(in: 0...digits.count, using: &random)
                let text = (Bool.random(using: &random) ? "-" : "") + digits.prefix(point) + "." + digits.dropFirst(point)
                values.append(try #require(IndicatorValue(parsing: text), "\(text)"))
                values.append(try #require(IndicatorValue(parsing: digits), "\(digits)"))
            }
        }
        for text in ["0", "0.0", "-0", "-0.000", "100", "1e3", "0.1", "10.10", "9999999999999999999", "18446744073709551615",
                     "18446744073709551616", "0.0000000000000000000000000001"] {
            if let value = IndicatorValue(parsing: text) { values.append(value) }
        }
        values += [IndicatorValue(value: Decimal(string: "1e60")!), IndicatorValue(value: Decimal(string: "1e-60")!),
                   IndicatorValue(value: Decimal(string: "123e61")!), IndicatorValue(value: Decimal(string: "-7e-61")!)]
        #expect(values.contains { $0.exactValue == nil })
        for layout in Self.layouts {
            let direct = try SortedJSONEncoder.data(values, layout: layout)
            if let difference = Self.difference(direct, try SortedJSONEncoder.codableData(values, layout: layout)) {
                Issue.record("\(difference)")
            }
        }
    }

    // MARK: Generated reports

    /// Random reports from a seed (SplitMix): strings from a pool with every kind of escape, optional
    /// fields present or not, spans wrapped or not.
    struct Generator {
        var random: SplitMix
        static let pieces = ["", "a", "中文", "\"", "\\", "\n", "\u{1}", "\u{2028}", "👍🏽", "𠀀", "/", "1.5", "％", " "]

        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        mutating func bool() -> Bool { int(0...1) == 1 }

        mutating func string() -> String {
            (0..<int(0...4)).map { _ in Self.pieces[int(0...Self.pieces.count - 1)] }.joined()
        }

        mutating func maybe<T>(_ make: (inout Generator) -> T) -> T? { bool() ? make(&self) : nil }

        mutating func range() -> SourceRange { SourceRange(line: int(-2...100_000), column: int(0...500), length: int(0...50)) }

        mutating func span() -> TextSpan {
            var span = TextSpan(text: string(), line: int(1...1000), column: int(1...10))
            for _ in 0..<int(0...2) { span.append(TextSpan(text: string(), line: int(1...1000), column: int(1...10))) }
            return span
        }

        mutating func value() -> IndicatorValue? {
            let digits = (0..<int(1...25)).map { _ in String(int(0...9)) }.joined()
            let point = int(0...digits.count)
            let number = digits.prefix(point) + (point < digits.count && bool() ? "." : "") + digits.dropFirst(point)
            let sign = ["", ">", "≥", "<", "<=", "=", "-"][int(0...6)]
            return IndicatorValue(parsing: sign + number)
        }

        mutating func indicator() -> Indicator {
            Indicator(category: maybe { $0.string() }, name: string(), unit: maybe { $0.string() }, target: value(),
                      targetText: string(), actual: maybe { $0.value() } ?? nil, actualText: string(),
                      parent: maybe { $0.int(0...9) }, range: range())
        }

        mutating func block() -> Block {
            switch int(0...2) {
            case 0: return .paragraph(Paragraph(span: span()))
            case 1: return .item(EnumeratedItem(ordinal: int(1...10), raw: string(), span: span()))
            default:
                let rows = (0..<int(0...3)).map { _ in (0..<int(0...3)).map { _ in Table.Cell(text: string(), range: range()) } }
                return .table(Table(rows: rows, range: range(), indicatorTableIndex: maybe { $0.int(0...3) }))
            }
        }

        mutating func section(depth: Int) -> Section {
            let marker = maybe {
                Marker(level: $0.int(1...4), style: MarkerStyle.allCases[$0.int(0...MarkerStyle.allCases.count - 1)],
                       ordinal: $0.int(1...20), raw: $0.string(), range: $0.range())
            }
            return Section(marker: marker, title: string(), titleSpan: span(),
                           role: SectionRole.allCases[int(0...SectionRole.allCases.count - 1)], level: int(1...4),
                           blocks: (0..<int(0...3)).map { _ in block() },
                           children: depth > 0 ? (0..<int(0...2)).map { _ in section(depth: depth - 1) } : [])
        }

        mutating func report() -> Report {
            let field = { (generator: inout Generator) in MetadataField(text: generator.string(), written: generator.span()) }
            let metadata = ReportMetadata(
                documentNumber: maybe(field), title: maybe(field), recipients: maybe(field), issuer: maybe(field),
                date: maybe(field), district: maybe { $0.string() }, year: maybe { $0.int(1900...2100) })
            let tables = (0..<int(0...2)).map { _ in
                IndicatorTable(targetHeader: string(), actualHeader: string(),
                               indicators: (0..<int(0...5)).map { _ in indicator() }, range: range())
            }
            return Report(path: string(), locationUnit: bool() ? .line : .paragraph, metadata: metadata,
                          preamble: (0..<int(0...2)).map { _ in block() },
                          sections: (0..<int(0...3)).map { _ in section(depth: 2) }, indicatorTables: tables)
        }
    }

    @Test func generatedReports() throws {
        for seed in UInt64(1)...150 {
            var generator = Generator(random: SplitMix(seed: seed))
            try Self.expectSameBytes(generator.report(), "seed \(seed)")
        }
    }
}
