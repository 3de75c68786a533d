import ReportModel

/// Builds small report models by hand, for writer tests that must not depend on the reader.
/// Every element sits on line 1: writers ignore positions.
enum ModelBuilder {
    static let here = SourceRange(line: 1, column: 1, length: 1)

    static func field(_ text: String) -> MetadataField { MetadataField(text: text, range: here) }

    static func span(_ text: String) -> TextSpan { TextSpan(text: text, line: 1) }

    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(span: span(text))) }

    static func item(_ ordinal: Int, _ text: String) -> Block {
        .item(EnumeratedItem(ordinal: ordinal, raw: ChineseNumeral.string(for: ordinal) + "是", span: span(text)))
    }

    static func table(_ rows: [[String]], indicatorTableIndex: Int? = nil) -> Block {
        .table(Table(
            rows: rows.map { $0.map { Table.Cell(text: $0, range: here) } }, range: here,
            indicatorTableIndex: indicatorTableIndex))
    }

    /// A section numbered as written with `style`, at outline depth `level`.
    static func section(
        _ level: Int, _ style: MarkerStyle?, _ ordinal: Int, _ title: String, role: SectionRole = .other,
        blocks: [Block] = [], children: [Section] = []
    ) -> Section {
        let marker = style.map { Marker(level: level, style: $0, ordinal: ordinal, raw: $0.format(ordinal), range: here) }
        return Section(
            marker: marker, title: title, titleSpan: span(title), role: role, level: level, blocks: blocks,
            children: children)
    }

    /// A small report in every shape a writer must handle, numbered the way careless drafts are.
    static var sample: Report {
        Report(
            path: "sample.txt",
            metadata: ReportMetadata(
                documentNumber: field("东林府办函〔2025〕3号"), title: field("东林区2024年履行教育职责自查自评报告"),
                recipients: field("市教委"), issuer: field("东林区人民政府"), date: field("2025年2月10日")),
            preamble: [paragraph("现将自查情况报告如下。")],
            sections: [
                section(1, .chineseComma, 1, "自查情况", role: .findings, children: [
                    section(2, .chineseHalfWidthParen, 1, "教育投入", blocks: [
                        item(1, "一是投入增长。"), item(2, "二是经费到位。"),
                    ], children: [
                        section(3, .arabicComma, 1, "保障机制", blocks: [paragraph("建立了年度预算保障机制。")], children: [
                            section(4, .arabicHalfWidthParen, 1, "预算编制"),
                        ]),
                    ]),
                    section(2, .arabicFullWidthParen, 5, "学校建设", blocks: [
                        table([["分类", "指标", "目标", "完成"], ["学前", "入园率（%）", ">90", "92|93"], ["", "其中：公办", "", "60"]]),
                    ]),
                ]),
                section(1, .chineseComma, 2, "存在问题", role: .problems, blocks: [
                    paragraph("学位仍然紧张。"), table([["指标", "缺口"], ["小学学位", "300"]]),
                ]),
            ])
    }
}
