import ReportModel
import ReportScheme

/// Which part of a draft answers each evaluation point of a scheme.
///
/// Every (point, candidate) pair is scored on the title (same text, one containing the other, or
/// shared character pairs), the point's keywords in the heading and in its text, and the number
/// written with it (the point's number in the scheme or within its category). Pairs are then
/// assigned best first, each candidate answering at most one point, so that a draft that skips a
/// point cannot have it "answered" by its neighbour's heading.
public struct SchemeCoverage {
    /// The least score that counts as an answer.
    static let threshold = 25

    /// One point and where the draft answers it (nil: nowhere).
    public struct Match {
        public var category: SchemeCategory
        public var point: EvaluationPoint
        /// 1-based position of the point in the whole scheme.
        public var number: Int
        public var answer: SourceRange?
    }

    public let matches: [Match]

    public init(scheme: EvaluationScheme, report: Report) {
        let candidates = AnswerCandidate.candidates(in: report, scheme: scheme)
        var points: [(category: SchemeCategory, point: EvaluationPoint, number: Int, local: Int)] = []
        var probes: [PointProbe] = []
        for category in scheme.categories {
            for (index, point) in category.points.enumerated() {
                points.append((category, point, points.count + 1, index + 1))
                probes.append(PointProbe(point, number: points.count, local: index + 1))
            }
        }
        var pairs: [(score: Int, point: Int, candidate: Int)] = []
        for (pointIndex, probe) in probes.enumerated() {
            for (candidateIndex, candidate) in candidates.enumerated() {
                let score = probe.score(candidate)
                if score >= Self.threshold { pairs.append((score, pointIndex, candidateIndex)) }
            }
        }
        pairs.sort { ($0.score, -$0.point, -$0.candidate) > ($1.score, -$1.point, -$1.candidate) }
        var answers: [Int: Int] = [:]
        var used: Set<Int> = []
        for pair in pairs where answers[pair.point] == nil && !used.contains(pair.candidate) {
            answers[pair.point] = pair.candidate
            used.insert(pair.candidate)
        }
        matches = points.enumerated().map { index, entry in
            Match(category: entry.category, point: entry.point, number: entry.number,
                  answer: answers[index].map { candidates[$0].range })
        }
    }

    /// A point prepared for scoring: its title and keywords normalized once.
    struct PointProbe {
        var title: String
        var bigrams: Set<String>
        var keywords: [String]
        var number: Int
        var local: Int

        init(_ point: EvaluationPoint, number: Int, local: Int) {
            title = TitleSimilarity.normalized(point.title)
            bigrams = TitleSimilarity.bigrams(title)
            keywords = point.keywords.map(TitleSimilarity.normalized).filter { !$0.isEmpty }
            self.number = number
            self.local = local
        }

        func score(_ candidate: AnswerCandidate) -> Int {
            var score = 0
            if candidate.normalizedTitle == title {
                score += 100
            } else if TitleSimilarity.contains(candidate.normalizedTitle, title) {
                score += 70
            } else {
                let dice = TitleSimilarity.dice(candidate.titleBigrams, bigrams)
                if dice >= 0.5 { score += Int(dice * 60) }
            }
            let inTitle = keywords.filter { candidate.normalizedTitle.contains($0) }.count
            let inBody = keywords.filter { candidate.body.containsText($0) }.count
            score += inTitle * 10 + min(inBody * 2, 6)
            if let ordinal = candidate.ordinal, ordinal == number || ordinal == local { score += 15 }
            return score
        }
    }
}
