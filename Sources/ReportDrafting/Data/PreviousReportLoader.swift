import Foundation
import ReportModel
import ReportReading
import ReportScheme

/// Last year's report (`--previous 上年报告.docx`) read as last year's data: the indicator values of its
/// appendix table become figures by name (so this year's figures of the same name get their 上年数
/// and growth, and this year's indicators are compared with them), and the text under each heading
/// that names an evaluation point becomes that point's answer (so copied paragraphs are found).
public enum PreviousReportLoader {
    /// Whether `path` names a report rather than data (`.docx`).
    public static func isReport(_ path: String) -> Bool {
        URL(fileURLWithPath: path).pathExtension.lowercased() == "docx"
    }

    /// Reads the report at `url` with the project's Word (or text) reader.
    public static func load(
        contentsOf url: URL, displayPath: String? = nil, scheme: EvaluationScheme
    ) throws(DraftingError) -> DistrictData {
        let path = displayPath ?? url.path
        let document: SourceDocument
        do {
            document = try ReportReader.read(contentsOf: url, displayPath: path)
        } catch {
            throw DraftingError(path: path, detail: "无法读取上年报告：\(error.detail)")
        }
        return try data(from: document.report, path: path, scheme: scheme)
    }

    static let noTableDetail = "上年报告中没有可用的指标表：附件中应有一张含“指标”“单位”和完成值列、且填了完成值的表格"
        + "（如本工具起草的“主要指标完成情况”）；也可改用上年的 .yml 数据或 .xlsx 填报表"

    /// The data a read report gives; a report without an indicator table with values is refused.
    public static func data(from report: Report, path: String, scheme: EvaluationScheme) throws(DraftingError) -> DistrictData {
        let indicators = report.indicatorTables.flatMap(\.indicators)
        guard indicators.contains(where: { $0.actual != nil }) else { throw DraftingError(path: path, detail: noTableDetail) }
        var data = DistrictData(path: path, district: report.metadata.district ?? "", year: report.metadata.year ?? 0)
        let here = DataLocation(line: 1, column: 1)
        for indicator in indicators {
            let actual = indicator.actual.map { Quantity($0.value, fractionDigits: $0.fractionDigits) }
            data.indicators.append(DataIndicator(
                category: indicator.category, name: indicator.name, unit: indicator.unit, target: indicator.target,
                actual: actual, location: DataLocation(line: indicator.line, column: 1)))
            if let actual {
                data.basics.append(DataFigure(name: indicator.name, unit: indicator.unit ?? "", value: actual, location: here))
            }
        }
        data.points = points(in: report, scheme: scheme)
        return data
    }

    /// For each point of the scheme, the paragraphs under the heading that names it (the same title,
    /// punctuation and spaces aside), when the report has one.
    static func points(in report: Report, scheme: EvaluationScheme) -> [PointAnswer] {
        let sections = report.allSections.filter { $0.level > 1 }
        var answers: [PointAnswer] = []
        for (_, point) in scheme.allPoints {
            let title = normalized(point.title)
            guard !title.isEmpty, let section = sections.first(where: { normalized($0.title) == title }) else { continue }
            let paragraphs = section.blocks.compactMap { block -> String? in
                switch block {
                case .paragraph(let paragraph): paragraph.text
                case .item(let item): item.text
                case .table: nil
                }
            }
            guard !paragraphs.isEmpty else { continue }
            answers.append(PointAnswer(
                pointID: point.id, paragraphs: paragraphs, location: DataLocation(line: section.line, column: 1)))
        }
        return answers
    }

    /// A title without spaces, punctuation and quotation marks.
    static func normalized(_ title: String) -> String {
        String(title.unicodeScalars.filter {
            !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.punctuationCharacters.contains($0)
                && !CharacterSet.symbols.contains($0)
        }.map(Character.init))
    }
}
