import Foundation
import ReportModel

/// A synthetic indicator appendix for the XLSX benchmarks: the same cells as
/// `CBaseline/xlsx_baseline.c` and `CBaseline/xlsx_baseline.py`, so that the three can be compared.
///
/// Rows repeat a 7-row pattern within categories `分类0`, `分类1`, …: a parent whose two `其中` parts add
/// up (a SUM formula), a `>98.5` target, a two-decimal row, a `100：12.8` ratio (text) and a plain row.
public enum SyntheticAppendix {
    public static func report(rows: Int) -> Report {
        let range = SourceRange(line: 1, column: 1, length: 1)
        func value(_ text: String, _ digits: Int, _ comparator: ReportModel.Comparator = .equal) -> IndicatorValue {
            IndicatorValue(comparator: comparator, value: Decimal(string: text)!, fractionDigits: digits)
        }
        func row(
            _ category: String, _ name: String, _ unit: String?, _ target: IndicatorValue?, _ targetText: String,
            _ actual: IndicatorValue?, _ actualText: String, parent: Int? = nil
        ) -> Indicator {
            Indicator(
                category: category, name: name, unit: unit, target: target, targetText: targetText,
                actual: actual, actualText: actualText, parent: parent, range: range)
        }
        let v300 = value("300", 0), v290 = value("290", 0), v200 = value("200", 0), v195 = value("195", 0)
        let v100 = value("100", 0), v95 = value("95", 0), v985 = value("98.5", 1, .greaterThan)
        let v991 = value("99.1", 1), v1250 = value("12.50", 2), v1175 = value("11.75", 2), v25 = value("25", 0)
        var indicators: [Indicator] = []
        indicators.reserveCapacity(rows)
        for index in 0..<rows {
            let category = "分类\(index / 7)"
            switch index % 7 {
            case 0: indicators.append(row(category, "在校学生数", "人", v300, "300", v290, "290"))
            case 1: indicators.append(row(category, "普通小学", "人", v200, "200", v195, "195", parent: index - 1))
            case 2: indicators.append(row(category, "普通初中", "人", v100, "100", v95, "95", parent: index - 2))
            case 3: indicators.append(row(category, "巩固率", "%", v985, ">98.5", v991, "99.1"))
            case 4: indicators.append(row(category, "生均面积", "平方米", v1250, "12.50", v1175, "11.75"))
            case 5: indicators.append(row(category, "生机比", nil, nil, "100：12.8", nil, "100：13"))
            default: indicators.append(row(category, "教师数", "人", v25, "25", v25, "25"))
            }
        }
        let table = IndicatorTable(targetHeader: "目标", actualHeader: "完成", indicators: indicators, range: range)
        return Report(
            path: "appendix.txt", metadata: ReportMetadata(district: "临江区", year: 2023), indicatorTables: [table])
    }
}
