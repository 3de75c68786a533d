import Foundation
import ReportModel
import ReportPluginKit
import ReportQuantities

/// `indicator.subtotal`: in an indicator table, the `其中` rows whose targets or actuals do not add
/// up to the row they are part of, beyond the rounding of the digits written.
public struct IndicatorSubtotalRule: ReportRule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "indicator.subtotal",
        title: "指标表分项之和与合计不符",
        rationale: """
            指标表中“其中”各行（如普通小学、普通初中）的目标值和完成值之和应等于所属指标的数值。\
            按各数字书写的精度（末位的半个单位）判断；选项 tolerance 可按倍数放宽或收紧这一容差（默认 1）。
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 义务教育 | 在校学生数（万人） | 5.2 | ↓4.9 |
            |  | 其中：小学 | 3.4 | 3.3 |
            |  | 初中 | 1.8 | 1.9 |
            """,
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 高中教育 | 在校学生数（万人） | ↓3.5 | 2.74 |
            |  | 其中：普通高中 | 1.8 | 1.62 |
            |  | 中等职业教育 | 1.2 | 1.12 |
            """,
        ],
        nonTriggeringExamples: [
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 义务教育 | 在校学生数（万人） | 5.2 | 5.2 |
            |  | 其中：小学 | 3.4 | 3.3 |
            |  | 初中 | 1.8 | 1.9 |
            |  | 巩固率（%） | >99 | 99.6 |
            """,
            """
            一、主要指标完成情况

            | 分类 | 指标 | 2024年目标 | 2024年完成 |
            | --- | --- | --- | --- |
            | 高中教育 | 在校学生数（万人） | 3 | 2.7 |
            |  | 其中：普通高中 | 1.8 | 1.62 |
            |  | 中等职业教育 | 1.2 | 1.12 |
            """,
        ])

    /// Writes into the run's list: a long table can have a wrong sum in every group.
    public func check(_ report: Report, context: RuleContext, into diagnostics: inout FindingList) {
        let tolerance = Tolerance(options: context.options(for: metadata.id))
        var cells = ValueCells(report: report)
        for (tableIndex, table) in report.indicatorTables.enumerated() {
            let partIndices = table.partIndices
            for index in table.indicators.indices {
                guard let indices = partIndices[index], indices.count >= 2 else { continue }
                let parent = table.indicators[index]
                let parts = indices.map { table.indicators[$0] }
                for column in [IndicatorCells.Column.target, .actual] {
                    let value: (Indicator) -> IndicatorValue? = { column == .target ? $0.target : $0.actual }
                    guard let whole = value(parent), whole.comparator == .equal else { continue }
                    let values = parts.compactMap(value)
                    guard values.count == parts.count, values.allSatisfy({ $0.comparator == .equal }) else { continue }
                    guard !Self.overlaps(values, whole, tolerance) else { continue }
                    let digits = values.map(\.fractionDigits).max() ?? 0
                    let exact = values.reduce(Decimal(0)) { $0 + $1.value }
                    let terms = values.map(\.text).joined(separator: "＋")
                    let columnName = column == .target ? "目标值" : "完成值"
                    diagnostics.append(metadata.diagnostic(
                        "“\(parent.name)”的\(columnName)\(whole.text)与其中各项之和（\(terms)＝\(exact.formatted(fractionDigits: digits))）不符",
                        at: cells.range(ofIndicator: index, inTable: tableIndex, column: column)))
                }
            }
        }
    }

    /// Whether the sum of `values` may equal `whole`, beyond the rounding of each: in the fast exact
    /// arithmetic, or in `Decimal` where a value does not fit it.
    static func overlaps(_ values: [IndicatorValue], _ whole: IndicatorValue, _ tolerance: Tolerance) -> Bool {
        if let factor = tolerance.exactFactor,
           let sum = ExactInterval.sum(values.lazy.map { exactInterval($0, factor) }),
           let total = exactInterval(whole, factor), let overlaps = sum.overlaps(total) {
            return overlaps
        }
        return DecimalInterval.sum(values.map { interval($0, tolerance) }).overlaps(interval(whole, tolerance))
    }

    private static let one = ScaledDecimal(significand: 1, exponent: 0)

    static func exactInterval(_ value: IndicatorValue, _ factor: ScaledDecimal) -> ExactInterval? {
        ExactInterval.figure(
            number: value.exactValue, fractionDigits: value.fractionDigits, scale: one, sign: 1, factor: factor)
    }

    static func interval(_ value: IndicatorValue, _ tolerance: Tolerance) -> DecimalInterval {
        // 5·10^-(d+1), made directly: a Decimal division is far slower than this whole check.
        let half = Decimal(sign: .plus, exponent: -value.fractionDigits - 1, significand: 5)
        return DecimalInterval(value.value, plusMinus: half * tolerance.factor)
    }
}
