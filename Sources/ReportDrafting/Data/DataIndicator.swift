import ReportModel

/// One row of the district's indicator appendix, with its `其中` parts.
public struct DataIndicator: Hashable, Sendable {
    public var category: String?
    public var name: String
    public var unit: String?
    public var target: IndicatorValue?
    public var actual: Quantity?
    public var parts: [DataIndicator]
    public var location: DataLocation
    public var actualLocation: DataLocation?
    /// The year the target is set for (a 2025 target), when the data says.
    public var targetYear: Int?

    public init(
        category: String?, name: String, unit: String?, target: IndicatorValue?, actual: Quantity?,
        parts: [DataIndicator] = [], location: DataLocation, actualLocation: DataLocation? = nil,
        targetYear: Int? = nil
    ) {
        self.targetYear = targetYear
        self.category = category
        self.name = name
        self.unit = unit
        self.target = target
        self.actual = actual
        self.parts = parts
        self.location = location
        self.actualLocation = actualLocation
    }
}
