import Foundation

/// One category of an evaluation scheme (e.g. `落实教育优先发展`), with its evaluation points.
public struct SchemeCategory: Hashable, Sendable, Codable {
    /// A stable id used by district data and messages, e.g. `B`.
    public var id: String
    public var title: String
    /// The score the scheme gives the category, when it gives one.
    public var score: Decimal?
    public var points: [EvaluationPoint]

    public init(id: String, title: String, score: Decimal? = nil, points: [EvaluationPoint]) {
        self.id = id
        self.title = title
        self.score = score
        self.points = points
    }
}
