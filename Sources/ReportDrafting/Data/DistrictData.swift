import Foundation
import ReportModel

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

/// 文种 of the drafted document.
public enum DocumentKind: String, Hashable, Sendable, CaseIterable {
    case letter = "函"
    case report = "报告"

    /// The 文种 named in the data (`函`, `报告`), or nil when the text is neither.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "函", "公函": self = .letter
        case "报告", "自查报告", "自评报告": self = .report
        default: return nil
        }
    }

    public static let choices = "“函”或“报告”"
}

/// A district's data for one year, from `Examples/<district>/data.yml` (format in `Examples/README.md`).
public struct DistrictData: Hashable, Sendable {
    /// The data file as the user named it, for messages.
    public var path: String
    public var district: String
    /// The year the report covers (the work year, e.g. 2022 for the 2023 evaluation).
    public var year: Int
    public var documentNumber: String?
    /// The document's own title, when the data gives it; else the template's title pattern.
    public var title: String?
    /// 文种: a letter (函, `关于…的函`, `函告如下`) or a report (报告, the default).
    public var kind: DocumentKind
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
    /// 上一轮反馈问题整改情况: one titled item per problem the last evaluation fed back.
    public var rectification: [TitledText] = []
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
        self.title = nil
        self.kind = .report
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
