import Foundation
import ReportModel

/// An exact number as written in the data, keeping its digits after the point (`24.10` has 2).
public struct Quantity: Hashable, Sendable {
    public var value: Decimal
    public var fractionDigits: Int

    public init(_ value: Decimal, fractionDigits: Int = 0) {
        self.value = value
        self.fractionDigits = fractionDigits
    }

    /// The number written with its digits.
    public var text: String { value.formatted(fractionDigits: fractionDigits) }
}

/// Where a value was written in the data file.
public struct DataLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

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

/// What the district writes for one evaluation point.
public struct PointAnswer: Hashable, Sendable {
    public var pointID: String
    /// Free text, one paragraph per entry.
    public var paragraphs: [String]
    public var figures: [DataFigure]
    /// Where the point's id was written.
    public var location: DataLocation

    public init(pointID: String, paragraphs: [String], figures: [DataFigure] = [], location: DataLocation) {
        self.pointID = pointID
        self.paragraphs = paragraphs
        self.figures = figures
        self.location = location
    }
}

/// A titled item of the problems, next-steps or achievements parts.
public struct TitledText: Hashable, Sendable {
    public var title: String
    public var paragraphs: [String]

    public init(title: String, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }
}

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

    public init(
        category: String?, name: String, unit: String?, target: IndicatorValue?, actual: Quantity?,
        parts: [DataIndicator] = [], location: DataLocation, actualLocation: DataLocation? = nil
    ) {
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

/// A district's data for one year, from `Examples/<district>/data.yml` (format in `Examples/README.md`).
public struct DistrictData: Hashable, Sendable {
    /// The data file as the user named it, for messages.
    public var path: String
    public var district: String
    /// The year the report covers (the work year, e.g. 2022 for the 2023 evaluation).
    public var year: Int
    public var documentNumber: String?
    public var recipients: String?
    public var issuer: String?
    public var date: String?
    /// Base figures for 基本情况 (schools, students, teachers, spending).
    public var basics: [DataFigure]
    /// Paragraphs for 开展自查工作情况.
    public var selfCheck: [String]
    /// Answers by evaluation point, in file order.
    public var points: [PointAnswer]
    public var achievements: [TitledText]
    public var problems: [TitledText]
    public var nextSteps: [TitledText]
    /// Headers of the appendix's target and actual columns.
    public var targetHeader: String
    public var actualHeader: String
    public var indicators: [DataIndicator]

    public init(
        path: String, district: String, year: Int, documentNumber: String? = nil, recipients: String? = nil,
        issuer: String? = nil, date: String? = nil, basics: [DataFigure] = [], selfCheck: [String] = [],
        points: [PointAnswer] = [], achievements: [TitledText] = [], problems: [TitledText] = [],
        nextSteps: [TitledText] = [], targetHeader: String = "目标值", actualHeader: String = "完成值",
        indicators: [DataIndicator] = []
    ) {
        self.path = path
        self.district = district
        self.year = year
        self.documentNumber = documentNumber
        self.recipients = recipients
        self.issuer = issuer
        self.date = date
        self.basics = basics
        self.selfCheck = selfCheck
        self.points = points
        self.achievements = achievements
        self.problems = problems
        self.nextSteps = nextSteps
        self.targetHeader = targetHeader
        self.actualHeader = actualHeader
        self.indicators = indicators
    }
}
