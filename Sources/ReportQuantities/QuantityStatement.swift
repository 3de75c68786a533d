import ReportModel

/// Figures that must agree with each other: a total with its parts, or a growth statement.
///
/// Plain data with optional members, so that the JSON form reads the same in every language:
/// `{"kind": "composition", "total": {…}, "parts": [{…}, …]}` or
/// `{"kind": "growth", "current": {…}, "base": {…}, "increase": {…}, "rate": {…}}`.
public struct QuantityStatement: Hashable, Sendable, Codable {
    /// Which figures must agree: a total with its parts, or the members of a growth statement.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// `学校269所，其中公办学校172所，民办学校97所`: a total and the parts after `其中`.
        case composition
        /// `25.46亿元，比2020年的24.07亿元增长了1.39亿元，增长比例达5.77%`.
        case growth
    }

    public var kind: Kind
    /// The total of a composition.
    public var total: Quantity?
    /// The parts of a composition, in order.
    public var parts: [Quantity]
    /// The new value of a growth statement.
    public var current: Quantity?
    /// The value it is compared with (`比上年的…`); nil when only `比上年` is said.
    public var base: Quantity?
    /// The stated change in amount (negative for a decrease).
    public var increase: Quantity?
    /// The stated change as a percentage (negative for a decrease).
    public var rate: Quantity?

    public init(
        kind: Kind, total: Quantity? = nil, parts: [Quantity] = [], current: Quantity? = nil,
        base: Quantity? = nil, increase: Quantity? = nil, rate: Quantity? = nil
    ) {
        self.kind = kind
        self.total = total
        self.parts = parts
        self.current = current
        self.base = base
        self.increase = increase
        self.rate = rate
    }

    /// A total and its parts.
    public static func composition(total: Quantity, parts: [Quantity]) -> QuantityStatement {
        QuantityStatement(kind: .composition, total: total, parts: parts)
    }

    /// A growth statement; any member may be missing.
    public static func growth(
        current: Quantity?, base: Quantity?, increase: Quantity?, rate: Quantity?
    ) -> QuantityStatement {
        QuantityStatement(kind: .growth, current: current, base: base, increase: increase, rate: rate)
    }

    /// Every figure of the statement, in reading order.
    public var quantities: [Quantity] {
        ([total] + parts.map(Optional.some) + [current, base, increase, rate]).compactMap { $0 }
            .sorted { $0.offset < $1.offset }
    }

    /// The offset of the statement's first figure (`quantities.first?.offset ?? 0`), found without
    /// building that list.
    var firstOffset: Int {
        var first = Int.max
        for part in parts { first = Swift.min(first, part.offset) }
        if let total { first = Swift.min(first, total.offset) }
        if let current { first = Swift.min(first, current.offset) }
        if let base { first = Swift.min(first, base.offset) }
        if let increase { first = Swift.min(first, increase.offset) }
        if let rate { first = Swift.min(first, rate.offset) }
        return first == Int.max ? 0 : first
    }

    /// From the first figure to the last.
    public var range: SourceRange? {
        let all = quantities
        guard let first = all.first else { return nil }
        return all.dropFirst().reduce(first.range) { $0.union($1.range) }
    }
}
