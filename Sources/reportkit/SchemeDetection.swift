import Foundation
import ReportDrafting
import ReportModel
import ReportScheme

/// Finds the evaluation scheme a draft cites when none was given (`--scheme`, `scheme:` in
/// `.reportkit.yml`): the templates under `Templates/` in the current folder are the candidates, and
/// the one whose title the draft cites in 《》 (`按照《2023年对区县人民政府履行教育职责评价方案》的要求`)
/// is used — only when exactly one matches, so that a guess never adds findings.
final class SchemeDetection: @unchecked Sendable {
    /// At most this many template files are read.
    static let templateLimit = 100

    let candidates: [EvaluationScheme]
    private let lock = NSLock()
    private var chosen: [String: EvaluationScheme?] = [:]

    init(candidates: [EvaluationScheme]) {
        self.candidates = candidates
    }

    /// The templates under `folder` (recursively, `.yml`/`.yaml`); a file that does not load as a
    /// template is not a candidate.
    static func templates(in folder: URL) -> [EvaluationScheme] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var schemes: [EvaluationScheme] = []
        for case let url as URL in walker where ["yml", "yaml"].contains(url.pathExtension.lowercased()) {
            guard schemes.count < templateLimit else { break }
            if let scheme = try? SchemeTemplateLoader.load(contentsOf: url, displayPath: url.path, checkingPatterns: false) { schemes.append(scheme) }
        }
        return schemes
    }

    /// The scheme `report` cites, decided once per draft.
    func scheme(for report: Report) -> EvaluationScheme? {
        lock.withLock {
            if let known = chosen[report.path] { return known }
            let found = Self.cited(in: report, among: candidates)
            chosen[report.path] = found
            return found
        }
    }

    /// The one candidate whose title is cited in 《》 in the report's first paragraphs, or nil.
    static func cited(in report: Report, among candidates: [EvaluationScheme]) -> EvaluationScheme? {
        // The first 60 spans, walked in place: the whole list of a long table's cells was made for them.
        var titles: [String] = []
        var seen = 0
        report.forEachTextSpan { span in
            seen += 1
            if seen <= 60 { titles += citations(in: span.text).map(normalized) }
        }
        guard !titles.isEmpty else { return nil }
        let matches = candidates.filter { scheme in
            let title = normalized(scheme.title)
            return titles.contains { $0 == title || $0 == normalized(scheme.city) + title }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The texts inside 《》 in `text`.
    static func citations(in text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "《"), let close = rest[open...].firstIndex(of: "》") {
            result.append(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// A title without spaces and with its brackets made full-width, so that small differences in
    /// how it was typed do not matter.
    static func normalized(_ title: some StringProtocol) -> String {
        String(title.filter { !$0.isWhitespace }.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
    }
}
