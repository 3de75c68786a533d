import ReportModel
import ReportPluginKit
import ReportScheme

/// Where the scheme rules anchor their findings. (They get the scheme itself one way only:
/// `context.scheme(for: metadata.id)`, from `ReportScheme`.)
enum SchemeSource {
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
