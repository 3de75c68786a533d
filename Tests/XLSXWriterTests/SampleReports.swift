import Foundation
import ReportModel

/// Reports built by hand (invented figures, shaped like a real 主要指标 appendix) for the XLSX tests.
enum SampleReports {
    static let range = SourceRange(line: 1, column: 1, length: 1)

    static func value(_ text: String) -> IndicatorValue? { IndicatorValue(parsing: text) }

    static func row(
        _ category: String?, _ name: String, _ unit: String?, _ target: String, _ actual: String, parent: Int? = nil,
        line: Int = 1
    ) -> Indicator {
        Indicator(
            category: category, name: name, unit: unit, target: value(target), targetText: target,
            actual: value(actual), actualText: actual, parent: parent,
            range: SourceRange(line: line, column: 2, length: name.count))
    }

    /// Eleven rows over three categories: `其中` parts that add up (row 5: SUM(D6:D7) = 7.2), a target
    /// column that does not add up (row 9), `>98.5` targets, a ratio `100：12.8`, and unmet targets.
    static let indicators: [Indicator] = [
        row("学前教育", "在园幼儿数", "万人", "3.4", "3.1"),
        row("学前教育", "学前三年毛入园率", "%", "92", "93.5"),
        row("义务教育", "在校学生数", "万人", "7.2", "6.8"),
        row("义务教育", "普通小学", "万人", "4.5", "4.3", parent: 2),
        row("义务教育", "普通初中", "万人", "2.7", "2.5", parent: 2),
        row("义务教育", "九年义务教育巩固率", "%", ">98.5", "99.2"),
        row("高中阶段教育", "在校学生数", "万人", "2.60", "2.35"),
        row("高中阶段教育", "普通高中", "万人", "1.50", "1.48", parent: 6),
        row("高中阶段教育", "中等职业教育", "万人", "1.20", "0.87", parent: 6),
        row("高中阶段教育", "高中阶段毛入学率", "%", ">98.50", "98.20"),
        row("高中阶段教育", "教学用生机比", nil, "100：12.8", "100：13.5"),
    ]

    static let table = IndicatorTable(
        targetHeader: "2025年目标", actualHeader: "2023年完成", indicators: indicators, range: range)

    static func field(_ text: String) -> MetadataField { MetadataField(text: text, range: range) }

    /// A complete invented report: 临江区, 2023, dated 2024年1月15日.
    static var report: Report {
        Report(
            path: "临江区自评报告.txt",
            metadata: ReportMetadata(
                documentNumber: field("临江府办函〔2024〕3号"),
                title: field("临江区人民政府关于2023年履行教育职责情况的自查自评报告"),
                recipients: field("市人民政府教育督导委员会办公室"),
                issuer: field("临江区人民政府办公室"), date: field("2024年1月15日"),
                district: "临江区", year: 2023),
            indicatorTables: [table])
    }

    /// `count` rows in categories of 7: a parent with two parts that add up, then four plain rows.
    static func large(rows count: Int) -> Report {
        var indicators: [Indicator] = []
        indicators.reserveCapacity(count)
        var index = 0
        while indicators.count < count {
            let category = "分类\(index / 7)"
            let position = index % 7
            switch position {
            case 0: indicators.append(row(category, "在校学生数", "人", "300", "290"))
            case 1: indicators.append(row(category, "普通小学", "人", "200", "195", parent: index - 1))
            case 2: indicators.append(row(category, "普通初中", "人", "100", "95", parent: index - 2))
            case 3: indicators.append(row(category, "巩固率", "%", ">98.5", "99.1"))
            case 4: indicators.append(row(category, "生均面积", "平方米", "12.50", "11.75"))
            case 5: indicators.append(row(category, "生机比", nil, "100：12.8", "100：13"))
            default: indicators.append(row(category, "教师数", "人", "25", "25"))
            }
            index += 1
        }
        let table = IndicatorTable(targetHeader: "目标", actualHeader: "完成", indicators: indicators, range: range)
        return Report(path: "large.txt", metadata: ReportMetadata(district: "临江区", year: 2023), indicatorTables: [table])
    }
}
