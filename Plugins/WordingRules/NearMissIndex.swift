import ReportPluginKit

/// Finds, in one pass over a text, the places where a catalogue form may be written with one
/// edit, without comparing the text with every form.
///
/// One interior edit (a character missing, added or replaced, two swapped) breaks at most three
/// neighbouring bigrams of a form. So of two bigrams of the form that lie three or more places
/// apart, one is always written intact, at the form's start ± 1. Each form of five or more
/// characters is indexed by two such *anchor* bigrams, the pair least shared with other forms (so
/// that "教育", in half the catalogue and on every line of a report, is never an anchor when the
/// form has rarer ones); a four-character form by all three of its bigrams, of which a missing,
/// added or replaced character leaves one. A place where an anchor occurs is a candidate and
/// `SingleEdit` decides. Forms shorter than four characters are too short to tell a slip from
/// another word and are not indexed.
struct NearMissIndex: Sendable {
    /// A form's scalars, the unit in which the index and the edits work.
    let forms: [[Unicode.Scalar]]
    /// Each anchor bigram, with the forms and the offsets in them where it anchors.
    private let anchors: [UInt64: [(form: Int, offset: Int)]]
    /// The first and second scalars of the anchors: most text pairs are rejected by these two bit
    /// tests before the anchors are looked up.
    private let firstScalars: MarkSet
    private let secondScalars: MarkSet

    init(_ texts: [String]) {
        forms = texts.map { Array($0.unicodeScalars) }
        var shared: [UInt64: Int] = [:]
        for form in forms where form.count >= 4 {
            for key in Set(Self.bigrams(of: form)) { shared[key, default: 0] += 1 }
        }
        var anchors: [UInt64: [(form: Int, offset: Int)]] = [:]
        var firsts = String.UnicodeScalarView(), seconds = String.UnicodeScalarView()
        for (index, form) in forms.enumerated() where form.count >= 4 {
            let keys = Self.bigrams(of: form)
            for offset in Self.anchorOffsets(keys, shared: shared) {
                anchors[keys[offset], default: []].append((index, offset))
                firsts.append(form[offset])
                seconds.append(form[offset + 1])
            }
        }
        self.anchors = anchors
        firstScalars = MarkSet(String(firsts))
        secondScalars = MarkSet(String(seconds))
    }

    /// The offsets of a form's anchor bigrams: all three of a four-character form; else the two,
    /// three or more apart, whose bigrams the fewest forms share (the earliest such pair on a tie).
    static func anchorOffsets(_ keys: [UInt64], shared: [UInt64: Int]) -> [Int] {
        guard keys.count >= 4 else { return Array(keys.indices) }
        var best = (first: 0, second: keys.count - 1, cost: Int.max)
        for first in keys.indices {
            for second in (first + 3)..<max(first + 3, keys.count) {
                let cost = shared[keys[first], default: 0] + shared[keys[second], default: 0]
                if cost < best.cost { best = (first, second, cost) }
            }
        }
        return [best.first, best.second]
    }

    /// The form and the scalar offset in `text` where it would start, for every place where a form
    /// may be written with at most one edit; a place where the form is written exactly is none. The
    /// scan jumps from one first scalar of an anchor to the next; most texts produce no candidate.
    func candidates(in text: RuleText) -> [(form: Int, start: Int)] {
        var found = Candidates()
        var next = text.firstIndex(of: firstScalars)
        while let at = next {
            if let second = text[at + 1], secondScalars.contains(second), let first = text[at],
               let hits = anchors[Self.key(first, second)] {
                for hit in hits {
                    let start = at - hit.offset
                    let form = forms[hit.form]
                    if mayBeSlip(of: form, at: start, in: text), !isWritten(form, at: start, in: text) {
                        found.insert(hit.form, start)
                    }
                }
            }
            next = text.firstIndex(of: firstScalars, from: at + 1)
        }
        return found.list
    }

    /// The same for a plain string (tests, and texts not read as a `RuleText`).
    func candidates(in text: String) -> [(form: Int, start: Int)] {
        let scalars = Array(text.unicodeScalars)
        var found = Candidates()
        for at in scalars.indices.dropLast() where firstScalars.contains(scalars[at]) {
            guard secondScalars.contains(scalars[at + 1]), let hits = anchors[Self.key(scalars[at], scalars[at + 1])]
            else { continue }
            for hit in hits { found.insert(hit.form, at - hit.offset) }
        }
        return found.list
    }

    /// Candidates in the order found, each once (two anchors of a form may point at one place).
    private struct Candidates {
        var list: [(form: Int, start: Int)] = []
        private var seen: Set<Pair> = []

        private struct Pair: Hashable {
            var form: Int
            var start: Int
        }

        mutating func insert(_ form: Int, _ start: Int) {
            if seen.insert(Pair(form: form, start: start)).inserted { list.append((form, start)) }
        }
    }

    /// Whether a slip of `form` can start within one place of `start`: `SingleEdit` wants the first
    /// character at its start and the last at an end one place from the form's length. Most places
    /// where an anchor occurs in other words ("区人民政府" without the office's name) end here.
    private func mayBeSlip(of form: [Unicode.Scalar], at start: Int, in text: RuleText) -> Bool {
        let first = form[0], last = form[form.count - 1]
        for begin in (start - 1)...(start + 1) where text[begin] == first {
            for end in (begin + form.count - 2)...(begin + form.count) where text[end] == last { return true }
        }
        return false
    }

    /// Whether `form` is written exactly at `start` with no doubled character at either end. Then no
    /// one-edit slip of it starts within one place of there, since the edits `SingleEdit` accepts
    /// keep the first and last characters; a doubled end ("为为党育人…", "…人人民政府…") may be one.
    private func isWritten(_ form: [Unicode.Scalar], at start: Int, in text: RuleText) -> Bool {
        let end = start + form.count
        guard start >= 0, end <= text.count, form[0] != form[1], form[form.count - 2] != form[form.count - 1],
              text[start - 1] != form[0], text[end] != form[form.count - 1] else { return false }
        for (offset, scalar) in form.enumerated() where text[start + offset] != scalar { return false }
        return true
    }

    private static func bigrams(of form: [Unicode.Scalar]) -> [UInt64] {
        (0..<(form.count - 1)).map { key(form[$0], form[$0 + 1]) }
    }

    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
