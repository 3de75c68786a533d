import ReportModel
import ReportScheme

/// A place in a draft that may answer an evaluation point: a heading (`12.扎实抓好“双减”工作`)
/// with its body, or a `一是…` item whose first sentence serves as its title.
struct AnswerCandidate {
    var title: String
    var body: String
    /// The ordinal written with it (the heading's number, or 3 for `三是`), if any.
    var ordinal: Int?
    /// The heading or item start, where a finding about it points.
    var range: SourceRange
    /// `title` without punctuation and spaces.
    var normalizedTitle: String
    var titleBigrams: Set<String>

    init(title: String, body: String, ordinal: Int?, range: SourceRange) {
        self.title = title
        self.body = body
        self.ordinal = ordinal
        self.range = range
        self.normalizedTitle = TitleSimilarity.normalized(title)
        self.titleBigrams = TitleSimilarity.bigrams(normalizedTitle)
    }

    /// The candidates of a report: in its findings part(s) when it has one, otherwise anywhere but
    /// the parts that state basics, problems, next steps or the appendix. Sections that name a
    /// category of the scheme are not candidates for points.
    static func candidates(in report: Report, scheme: EvaluationScheme) -> [AnswerCandidate] {
        let excluded: Set<SectionRole> = [
            .basicInfo, .selfCheckWork, .problems, .nextSteps, .problemsAndMeasures, .rectification, .appendix,
            .achievements,
        ]
        let findings = report.sections.filter { $0.role == .findings }
        let roots = findings.isEmpty ? report.sections.filter { !excluded.contains($0.role) } : findings
        let categoryTitles = scheme.categories.map { TitleSimilarity.normalized($0.title) }
        let sections = findings.isEmpty
            ? roots.flatMap(\.allSections) : findings.flatMap { $0.children.flatMap(\.allSections) }
        var result: [AnswerCandidate] = []
        for section in findings + sections {
            let isPart = section.level == 1 && section.role == .findings
            let normalized = TitleSimilarity.normalized(section.title)
            let namesCategory = categoryTitles.contains { TitleSimilarity.contains($0, normalized) || $0 == normalized }
            if !isPart && !namesCategory {
                let body = section.blocks.flatMap(\.textSpans).map(\.text).joined()
                result.append(AnswerCandidate(
                    title: section.title, body: body, ordinal: section.marker?.ordinal, range: section.headingRange))
            }
            for case .item(let item) in section.blocks {
                result.append(AnswerCandidate(
                    title: firstSentence(of: item.text, droppingPrefix: item.raw), body: item.text,
                    ordinal: item.ordinal,
                    range: item.span.range(ofCharacters: 0..<min(item.raw.count, item.span.length))))
            }
        }
        return result
    }

    /// `一是健全党对教育工作领导的体制机制。充分发挥…` gives `健全党对教育工作领导的体制机制`.
    static func firstSentence(of text: String, droppingPrefix prefix: String) -> String {
        let rest = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
        let end = rest.firstIndex { "。；;！？".contains($0) } ?? rest.endIndex
        return String(rest[..<end].prefix(60))
    }
}
