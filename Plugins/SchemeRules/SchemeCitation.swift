/// A title in 《》 and, when a bracket follows it, the document number inside: how a report cites
/// a document (《…评价方案》（渝教函〔2023〕464号）).
struct SchemeCitation {
    var title: String
    /// The title's Characters in the text (inside the marks).
    var titleCharacters: Range<Int>
    var number: String?
    var numberCharacters: Range<Int>?

    /// Every citation in `text`: innermost-free 《…》 pairs, in order.
    static func all(in text: String) -> [SchemeCitation] {
        let characters = Array(text)
        var citations: [SchemeCitation] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "《", let close = characters[(index + 1)...].firstIndex(where: { $0 == "》" || $0 == "《" }),
                  characters[close] == "》" else {
                index += 1
                continue
            }
            var citation = SchemeCitation(
                title: String(characters[(index + 1)..<close]), titleCharacters: (index + 1)..<close)
            // （渝教函〔2023〕464号）or (…) right after the title.
            if close + 1 < characters.count, "（(".contains(characters[close + 1]),
               let end = characters[(close + 2)...].prefix(30).firstIndex(where: { "）)".contains($0) }) {
                let inside = String(characters[(close + 2)..<end])
                if inside.hasSuffix("号"), inside.contains(where: \.isNumber) {
                    citation.number = inside
                    citation.numberCharacters = (close + 2)..<end
                }
            }
            citations.append(citation)
            index = close + 1
        }
        return citations
    }

    /// Whether this citation names `scheme` (perhaps garbled): it is about 履行教育职责 and 评价, and
    /// shares most of its character pairs with the scheme's title.
    func names(_ scheme: SchemeSource.Cited) -> Bool {
        let normalized = TitleSimilarity.normalized(title)
        guard normalized.contains("评价") || normalized.contains("职责") else { return false }
        let similarity = TitleSimilarity.dice(
            TitleSimilarity.bigrams(normalized), TitleSimilarity.bigrams(TitleSimilarity.normalized(scheme.title)))
        return similarity >= 0.6
    }
}

/// Says in Chinese what differs between a written text and the expected one ("少了“对”").
enum TextDifference {
    static func describe(_ written: String, _ expected: String) -> String {
        let difference = Array(expected).difference(from: Array(written))
        let missing = String(difference.insertions.compactMap { if case .insert(_, let c, _) = $0 { c } else { nil } })
        let extra = String(difference.removals.compactMap { if case .remove(_, let c, _) = $0 { c } else { nil } })
        switch (missing.isEmpty, extra.isEmpty) {
        case (false, true): return "少了“\(missing)”"
        case (true, false): return "多了“\(extra)”"
        case (false, false): return "“\(extra)”应为“\(missing)”"
        case (true, true): return "字序不同"
        }
    }
}
