import ReportModel

/// A city's evaluation scheme (评价方案) for one year: the categories and evaluation points every
/// district must answer, the parts a report must have, and the sentence patterns used to draft one.
///
/// Loaded from a template under `Templates/` by `SchemeTemplateLoader`; drafting takes it as an
/// argument, rules read it with `RuleContext.scheme(for:)`.
public struct EvaluationScheme: Hashable, Sendable, Codable {
    /// The key under which `RuleContext.attach(_:)` puts the scheme into `RuleContext.extensions`.
    static let contextKey = "scheme"

    /// The city that issued the scheme, e.g. `重庆市`.
    public var city: String
    /// The year of the scheme (the year the evaluation takes place).
    public var year: Int
    /// The scheme's title as published.
    public var title: String
    /// The issuing authorities.
    public var issuer: String
    /// The document number the scheme was sent under, when known.
    public var documentNumber: String?
    /// The categories (评价内容) in the scheme's order.
    public var categories: [SchemeCategory]
    /// The parts a report must have, in order.
    public var requiredParts: [RequiredPart]
    /// Mustache patterns that turn data into sentences, by name.
    public var patterns: [ParagraphPattern]
    /// Where the scheme was loaded from, for messages.
    public var path: String
    /// How a draft numbers the points; nil for the default (1. 2. … restarting in each category).
    public var pointNumbering: PointNumbering?

    /// How a draft numbers the evaluation points.
    public enum PointNumbering: String, Hashable, Sendable, Codable, CaseIterable {
        /// `1.` `2.` … restarting in each category (the default).
        case perCategory = "按类"
        /// `1.` … `38.` through the whole scheme.
        case continuous = "连续"
        /// Paragraphs `一是…。二是…。` under each category, not headings.
        case firstSecond = "一是"
    }

    /// Whether the scheme lists its points without categories (`points:` in the template): a single
    /// category with an empty title.
    public var isFlat: Bool { categories.count == 1 && categories[0].title.isEmpty }

    public init(
        city: String, year: Int, title: String, issuer: String, documentNumber: String? = nil,
        categories: [SchemeCategory], requiredParts: [RequiredPart] = [], patterns: [ParagraphPattern] = [],
        path: String = ""
    ) {
        self.city = city
        self.year = year
        self.title = title
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.categories = categories
        self.requiredParts = requiredParts
        self.patterns = patterns
        self.path = path
    }

    /// Every evaluation point in the scheme's order, with its category.
    public var allPoints: [(category: SchemeCategory, point: EvaluationPoint)] {
        categories.flatMap { category in category.points.map { (category, $0) } }
    }

    /// The point with the given id, if the scheme has it.
    public func point(id: String) -> EvaluationPoint? {
        for category in categories {
            if let point = category.points.first(where: { $0.id == id }) { return point }
        }
        return nil
    }

    /// The pattern with the given name, if the scheme defines it.
    public func pattern(named name: String) -> ParagraphPattern? {
        patterns.first { $0.name == name }
    }

    /// The required part with the given role, if any.
    public func requiredPart(_ role: SectionRole) -> RequiredPart? {
        requiredParts.first { $0.role == role }
    }
}
