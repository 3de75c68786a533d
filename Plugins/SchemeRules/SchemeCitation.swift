import ReportScheme

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

    /// The Characters of `title` that name the scheme: all of it, or in the title of a letter that
    /// transmits the scheme (…关于印送2023年…评价方案的函) the part between 印送/印发 and 的函/的通知.
    var schemePart: Range<Int> {
        let characters = Array(title)
        guard let about = Self.find(["关于印送", "关于印发"], in: characters) else { return 0..<characters.count }
        let start = about.upperBound
        let end = Self.find(["的函", "的通知"], in: characters, from: start).map(\.lowerBound) ?? characters.count
        return start..<end
    }

    /// The issuing bodies named before 关于 in a letter's title, with their Characters in `title`.
    var issuer: (text: String, characters: Range<Int>)? {
        let characters = Array(title)
        guard let about = Self.find(["关于印送", "关于印发"], in: characters), about.lowerBound > 0 else { return nil }
        return (String(characters[..<about.lowerBound]), 0..<about.lowerBound)
    }

    private static func find(_ words: [String], in characters: [Character], from start: Int = 0) -> Range<Int>? {
        guard start < characters.count else { return nil }
        for index in start..<characters.count {
            for word in words where characters[index...].starts(with: word) { return index..<(index + word.count) }
        }
        return nil
    }

    /// Whether this citation names `scheme` (perhaps garbled): it is about 履行教育职责 and 评价, and
    /// shares most of its character pairs with the scheme's title.
    func names(_ scheme: EvaluationScheme) -> Bool {
        let normalized = TitleSimilarity.normalized(String(Array(title)[schemePart]))
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
