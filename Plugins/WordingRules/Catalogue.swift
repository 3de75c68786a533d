import ReportPluginKit
/// The forms `wording.formulation` knows, indexed for near-miss search.
struct Catalogue: Sendable {
    /// A place in a text where an entry is written with one edit.
    struct NearMiss: Sendable {
        var entry: Int
        /// The written form's Characters in the text.
        var characters: Range<Int>
        /// The form as written there.
        var written: String
        var edit: SingleEdit
    }

    let entries: [CatalogueEntry]
    private let index: NearMissIndex

    init(_ entries: [CatalogueEntry]) {
        self.entries = entries
        index = NearMissIndex(entries.map(\.text))
    }

    /// Every near miss in `text`, in order, none overlapping an exact catalogue form.
    func nearMisses(in text: RuleText) -> [NearMiss] {
        let candidates = index.candidates(in: text)
        guard !candidates.isEmpty else { return [] }
        return nearMisses(in: text.span.text, candidates: candidates)
    }

    /// The same for a plain string.
    func nearMisses(in text: String) -> [NearMiss] {
        let candidates = index.candidates(in: text)
        guard !candidates.isEmpty else { return [] }
        return nearMisses(in: text, candidates: candidates)
    }

    private func nearMisses(in text: String, candidates: [(form: Int, start: Int)]) -> [NearMiss] {
        let scalars = Array(text.unicodeScalars)
        var misses: [(entry: Int, scalars: Range<Int>, edit: SingleEdit)] = []
        // Longer forms first: a city's "青溪区人民政府教育督导室" wins over the "人民政府教育督导室" inside it.
        for candidate in candidates.sorted(by: { index.forms[$0.form].count > index.forms[$1.form].count }) {
            let form = index.forms[candidate.form]
            search: for start in [candidate.start, candidate.start - 1, candidate.start + 1] {
                for length in [form.count, form.count - 1, form.count + 1] {
                    guard start >= 0, start + length <= scalars.count else { continue }
                    let window = start..<(start + length)
                    guard let edit = SingleEdit.between(scalars[window], form), !edit.isOrdinaryVariation,
                          !misses.contains(where: { $0.scalars.overlaps(window) }),
                          !overlapsExactForm(window, in: scalars, other: candidate.form) else { continue }
                    misses.append((candidate.form, window, edit))
                    break search
                }
            }
        }
        misses.sort { $0.scalars.lowerBound < $1.scalars.lowerBound }
        return misses.map { miss in
            let before = String(String.UnicodeScalarView(scalars[..<miss.scalars.lowerBound])).count
            let written = String(String.UnicodeScalarView(scalars[miss.scalars]))
            return NearMiss(entry: miss.entry, characters: before..<(before + written.count), written: written, edit: miss.edit)
        }
    }

    /// Whether an exact form overlaps `window`: "市政府教育督导委员会" is not a slip of another form
    /// when the text around it is itself a catalogue form.
    private func overlapsExactForm(_ window: Range<Int>, in scalars: [Unicode.Scalar], other candidate: Int) -> Bool {
        let candidateText = entries[candidate].text
        // A form inside the candidate (教育督导委员会办公室 in 国务院教育督导委员会办公室) is expected there.
        for (offset, form) in index.forms.enumerated() where !candidateText.contains(entries[offset].text) {
            let lowest = max(0, window.lowerBound - form.count + 1)
            let highest = min(window.upperBound - 1, scalars.count - form.count)
            guard lowest <= highest else { continue }
            for start in lowest...highest where scalars[start] == form[0] {
                if scalars[start..<(start + form.count)].elementsEqual(form) { return true }
            }
        }
        return false
    }
}
