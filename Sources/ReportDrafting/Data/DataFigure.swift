import ReportModel

/// A named figure of the district: a plain value, a value compared with last year, or a total with parts.
public struct DataFigure: Hashable, Sendable {
    public var name: String
    public var unit: String
    /// The value (for a total: the total as given; derived from the parts when absent).
    public var value: Quantity?
    /// Last year's value, from which the change and growth rate are derived.
    public var lastYear: Quantity?
    /// The parts of a total (`其中`), each a figure of the same unit.
    public var parts: [DataFigure]
    public var location: DataLocation
    /// Where the total was written, for "parts larger than their total".
    public var valueLocation: DataLocation?

    public init(
        name: String, unit: String, value: Quantity? = nil, lastYear: Quantity? = nil, parts: [DataFigure] = [],
        location: DataLocation, valueLocation: DataLocation? = nil
    ) {
        self.name = name
        self.unit = unit
        self.value = value
        self.lastYear = lastYear
        self.parts = parts
        self.location = location
        self.valueLocation = valueLocation
    }
}
