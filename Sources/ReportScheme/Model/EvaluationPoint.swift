import Foundation

/// One evaluation point (评价要点) that every district must answer.
public struct EvaluationPoint: Hashable, Sendable, Codable {
    /// A stable id used by district data, e.g. `B2`.
    public var id: String
    /// The point's short title, e.g. `严格落实教育经费“两个只增不减”`.
    public var title: String
    /// The score the scheme gives the point, when it gives one.
    public var score: Decimal?
    /// Words that show a section answers this point (matched in headings and their text).
    public var keywords: [String]
    /// Names of the indicators the point asks for (rows of the appendix table).
    public var indicators: [String]

    public init(id: String, title: String, score: Decimal? = nil, keywords: [String] = [], indicators: [String] = []) {
        self.id = id
        self.title = title
        self.score = score
        self.keywords = keywords
        self.indicators = indicators
    }
}
