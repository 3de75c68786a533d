/// One row of an indicator table: `在园幼儿数（万人）  2.1  2.1`.
public struct Indicator: Hashable, Sendable, Codable {
    /// 分类, carried down from the row that named it when cells were merged.
    public var category: String?
    /// 指标, without its unit and without a leading `其中：`.
    public var name: String
    /// The unit split out of the name (`万人` from `在园幼儿数（万人）`) or read from a 单位 column.
    public var unit: String?
    /// The target (目标值), when it is a number.
    public var target: IndicatorValue?
    /// The target cell exactly as written (`>98.5`, `100：12.8`).
    public var targetText: String
    /// The actual (完成值), when it is a number.
    public var actual: IndicatorValue?
    /// The actual cell exactly as written.
    public var actualText: String
    /// For a `其中：` row and the rows that follow it, the index of the row they are part of.
    public var parent: Int?
    public var range: SourceRange

    /// Inlinable, so that a reader builds each row in place (called from another module, the
    /// initialiser copied and destroyed every field of the row it made).
    @inlinable
    public init(
        category: String?, name: String, unit: String?, target: IndicatorValue?, targetText: String,
        actual: IndicatorValue?, actualText: String, parent: Int?, range: SourceRange
    ) {
        self.category = category
        self.name = name
        self.unit = unit
        self.target = target
        self.targetText = targetText
        self.actual = actual
        self.actualText = actualText
        self.parent = parent
        self.range = range
    }

    public var line: Int { range.start.line }

    /// Whether the actual misses the target (false when either is not a number).
    public var missesTarget: Bool {
        guard let target, let actual else { return false }
        return !target.isMet(by: actual)
    }
}

/// An appendix table of indicators (分类 / 指标 / 单位 / 目标值 / 完成值).
public struct IndicatorTable: Hashable, Sendable, Codable {
    /// The target column's header as written, e.g. `2025年主要目标`.
    public var targetHeader: String
    /// The actual column's header as written, e.g. `2023年1—6月完成`.
    public var actualHeader: String
    public var indicators: Indicators
    public var range: SourceRange

    public init(targetHeader: String, actualHeader: String, indicators: Indicators, range: SourceRange) {
        self.targetHeader = targetHeader
        self.actualHeader = actualHeader
        self.indicators = indicators
        self.range = range
    }

    public init(targetHeader: String, actualHeader: String, indicators: [Indicator], range: SourceRange) {
        self.init(targetHeader: targetHeader, actualHeader: actualHeader, indicators: Indicators(indicators), range: range)
    }

    public var line: Int { range.start.line }

    /// The rows that are parts (`其中`) of the row at `index`. Scans the whole table: to look at the
    /// parts of every row, take `partIndices` once instead.
    public func parts(of index: Int) -> [Indicator] {
        indicators.indices.filter { indicators.parent(of: $0) == index }.map { indicators[$0] }
    }

    /// The indices of the parts (`其中`) of every row that has any, by the row's index, in table
    /// order: one pass over the table.
    public var partIndices: [Int: [Int]] {
        var parts: [Int: [Int]] = [:]
        for index in indicators.indices {
            if let parent = indicators.parent(of: index) { parts[parent, default: []].append(index) }
        }
        return parts
    }
}
