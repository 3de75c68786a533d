/// Phrases a rule looks for together (`["自评", "满分"]`), searched in one pass over a text: the
/// scan stops at each scalar that begins one of them (a `MarkSet` of the first scalars) and
/// compares only the phrases that begin there. Make it once (a `static let`) and ask
/// `RuleText.containsAny(of:)`. (The readers have a phrase set of their own over a line's UTF-8
/// bytes, for page chrome and headings' roles; rules search the decoded scalars, which they share.)
public struct PhraseSet: Sendable {
    let firsts: MarkSet
    /// The phrases, as scalars, grouped by their first scalar.
    private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]

    public init(_ phrases: [String]) {
        var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for phrase in phrases {
            let scalars = Array(phrase.unicodeScalars)
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append(scalars)
        }
        self.byFirst = byFirst
        firsts = MarkSet(scalars: Array(byFirst.keys))
    }

    /// Whether one of the phrases starting with `first` begins at `offset` of `text`.
    func matches(_ text: RuleText, at offset: Int, first: Unicode.Scalar) -> Bool {
        guard let candidates = byFirst[first] else { return false }
        return candidates.contains { phrase in
            guard offset + phrase.count <= text.count else { return false }
            return phrase.indices.allSatisfy { text.scalars.scalar(at: offset + $0) == phrase[$0] }
        }
    }
}

extension RuleText {
    /// Whether the text holds any phrase of `set`.
    public func containsAny(of set: PhraseSet) -> Bool {
        guard containsAny(of: set.firsts) else { return false }
        var next = firstIndex(of: set.firsts, from: 0)
        while let start = next {
            if set.matches(self, at: start, first: scalars.scalar(at: start)) { return true }
            next = firstIndex(of: set.firsts, from: start + 1)
        }
        return false
    }
}
