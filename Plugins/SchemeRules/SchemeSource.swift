import ReportModel
import ReportPluginKit

/// Where the scheme rules get the scheme: the one `reportkit lint --scheme` (or `scheme:` in
/// `.reportkit.yml`) put into the context, or, failing that, a list of point titles given as the
/// rule's `points` option (one category, no keywords). Without either the rules do nothing.
enum SchemeSource {
    static func scheme(for ruleID: String, in context: RuleContext) -> EvaluationScheme? {
        if let scheme = context.scheme { return scheme }
        let titles = context.options(for: ruleID).strings("points")
        guard !titles.isEmpty else { return nil }
        let points = titles.enumerated().map { EvaluationPoint(id: "P\($0.offset + 1)", title: $0.element) }
        return EvaluationScheme(
            city: "", year: 0, title: "配置中的评价要点", issuer: "",
            categories: [SchemeCategory(id: "P", title: "评价要点", points: points)])
    }

    /// Where a finding about a point the draft does not answer points: the heading of the
    /// category it belongs to, else the findings part, else the first heading, else the start.
    static func anchor(for category: SchemeCategory, in report: Report) -> SourceRange {
        let title = TitleSimilarity.normalized(category.title)
        let findings = report.sections.filter { $0.role == .findings }
        let scope = findings.isEmpty ? report.sections : findings
        if let section = scope.flatMap(\.allSections).first(where: {
            let normalized = TitleSimilarity.normalized($0.title)
            return normalized == title || TitleSimilarity.contains(normalized, title)
        }) {
            return section.headingRange
        }
        if let part = findings.first ?? report.sections.first { return part.headingRange }
        return SourceRange(line: 1, column: 1, length: 1)
    }
}

extension SchemeSource {
    /// What a citation of the scheme must say: its title, the city that may precede it, its number.
    struct Cited {
        var city: String
        var title: String
        var issuer: String
        var documentNumber: String?
    }

    /// The scheme as cited: from the loaded scheme, else from the rule's `title`, `city`,
    /// `issuer` and `document_number` options; nil when neither gives a title.
    static func citedScheme(for ruleID: String, in context: RuleContext) -> Cited? {
        if let scheme = context.scheme, !scheme.title.isEmpty {
            return Cited(city: scheme.city, title: scheme.title, issuer: scheme.issuer, documentNumber: scheme.documentNumber)
        }
        let options = context.options(for: ruleID)
        guard let title = options.string("title") else { return nil }
        return Cited(
            city: options.string("city") ?? "", title: title, issuer: options.string("issuer") ?? "",
            documentNumber: options.string("document_number"))
    }
}
