import ReportModel
import ReportPluginKit

/// The structure rules: the three required parts, empty headings and the order of the parts.
public enum StructureRules {
    /// Every rule of this family, in the order `reportkit rules` lists them.
    public static let all: [any ReportRule] = [MissingPartRule(), EmptySectionRule(), PartOrderRule()]
}

extension Report {
    /// Where a finding about the whole document points: the first line of content (the title when the
    /// reader found one, otherwise the first heading or paragraph), one line long.
    var documentAnchor: SourceRange {
        var candidates: [SourceRange] = []
        if let title = metadata.title { candidates.append(title.range) }
        if let first = preamble.first { candidates.append(first.range) }
        if let first = sections.first { candidates.append(first.headingRange) }
        guard let earliest = candidates.min(by: { $0.start < $1.start }) else {
            let fields = [metadata.documentNumber, metadata.recipients, metadata.issuer, metadata.date]
            if let field = fields.compactMap({ $0 }).min(by: { $0.range.start < $1.range.start }) {
                return field.range.singleLine
            }
            return SourceRange(line: 1, column: 1, length: 1)
        }
        return earliest.singleLine
    }
}

extension SourceRange {
    /// The range cut to its first line (a heading or title that runs on is underlined on its first line).
    var singleLine: SourceRange {
        guard end.line != start.line else { return self }
        return SourceRange(line: start.line, column: start.column, length: 1)
    }
}

extension Section {
    /// The heading as a reader sees it: `二、存在的主要问题`.
    var headingText: String { (marker.map { $0.raw.trimmingMarkerPunctuation } ?? "") + title }
}

extension String {
    /// A marker without the stray punctuation some drafts put after it (`（一）、` → `（一）`).
    var trimmingMarkerPunctuation: String {
        var result = self
        while let last = result.last, last == "、" || last == "，" || last == "," || last == " " || last == "　",
              result.count > 1, result.dropLast().last == "）" || result.dropLast().last == ")"
        {
            result.removeLast()
        }
        return result
    }
}
