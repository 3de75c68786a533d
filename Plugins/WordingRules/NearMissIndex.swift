import ReportPluginKit

/// Finds, in one pass over a text, the places where a catalogue form may be written with one
/// edit, without comparing the text with every form.
///
/// Each form of m characters is indexed by its m − 1 bigrams. One edit destroys at most three of
/// them (a swap), so a place where a form is written with one edit shares at least m − 4 bigrams
/// with it, on neighbouring diagonals (text offset − form offset). Places with enough votes are
/// candidates; `SingleEdit` then decides. Forms shorter than 4 characters are too short to tell
/// a slip from another word and are not indexed.
struct NearMissIndex: Sendable {
    /// A form's scalars, the unit in which the index and the edits work.
    let forms: [[Unicode.Scalar]]
    private let postings: [UInt64: [(form: Int, offset: Int)]]
    /// The first and second scalars of every indexed bigram: most text pairs are rejected by these
    /// two bit tests before the postings are looked up.
    private let firstScalars: MarkSet
    private let secondScalars: MarkSet
    private let votesNeeded: [Int]

    init(_ texts: [String]) {
        forms = texts.map { Array($0.unicodeScalars) }
        var postings: [UInt64: [(form: Int, offset: Int)]] = [:]
        var firsts = String.UnicodeScalarView(), seconds = String.UnicodeScalarView()
        for (index, form) in forms.enumerated() where form.count >= 4 {
            for offset in 0..<(form.count - 1) {
                postings[Self.key(form[offset], form[offset + 1]), default: []].append((index, offset))
                firsts.append(form[offset])
                seconds.append(form[offset + 1])
            }
        }
        self.postings = postings
        firstScalars = MarkSet(String(firsts))
        secondScalars = MarkSet(String(seconds))
        votesNeeded = forms.map { max(1, $0.count - 4) }
    }

    /// The form and the scalar offset in `text` where it would start, for every place where a form
    /// may be written with at most one edit. The scan jumps from one first scalar of a bigram to the
    /// next; most texts produce no candidate and are never copied.
    func candidates(in text: RuleText) -> [(form: Int, start: Int)] {
        var votes = Votes(forms: forms.count)
        var next = text.firstIndex(of: firstScalars)
        while let at = next {
            if let first = text[at], let second = text[at + 1], secondScalars.contains(second),
               let hits = postings[Self.key(first, second)] {
                votes.count(hits, at: at, needed: votesNeeded)
            }
            next = text.firstIndex(of: firstScalars, from: at + 1)
        }
        return votes.found
    }

    /// The same for a plain string (tests, and texts not read as a `RuleText`).
    func candidates(in text: String) -> [(form: Int, start: Int)] {
        var votes = Votes(forms: forms.count)
        var previous: Unicode.Scalar?
        var index = -1
        for scalar in text.unicodeScalars {
            index += 1
            defer { previous = scalar }
            guard let first = previous, firstScalars.contains(first), secondScalars.contains(scalar),
                  let hits = postings[Self.key(first, scalar)] else { continue }
            votes.count(hits, at: index - 1, needed: votesNeeded)
        }
        return votes.found
    }

    /// Two runs of votes per form (its diagonal, where its last vote was, the votes): a stray pair
    /// just before the form ("…教师、义务教育教师…") must not block the real run, and a form that
    /// repeats a pair (…平均工资…平均工资…) hits twice at once.
    private struct Votes {
        let forms: Int
        var runs: [(diagonal: Int, at: Int, votes: Int)] = []
        var found: [(form: Int, start: Int)] = []

        init(forms: Int) { self.forms = forms }

        /// Counts the postings of the bigram starting at text offset `at`.
        mutating func count(_ hits: [(form: Int, offset: Int)], at: Int, needed: [Int]) {
            if runs.isEmpty { runs = Array(repeating: (Int.min / 2, Int.min / 2, 0), count: 2 * forms) }
            for hit in hits {
                let diagonal = at - hit.offset
                // One edit shifts the diagonal by at most one and breaks at most three pairs.
                func continues(_ run: (diagonal: Int, at: Int, votes: Int)) -> Bool {
                    at - run.at <= 4 && at > run.at && abs(run.diagonal - diagonal) <= 1
                }
                var slot = 2 * hit.form
                if !continues(runs[slot]) {
                    if continues(runs[slot + 1]) {
                        slot += 1
                    } else {
                        // A new run replaces the older of the two.
                        if runs[slot + 1].at < runs[slot].at { slot += 1 }
                        runs[slot] = (diagonal, at, 1)
                        if needed[hit.form] == 1 { found.append((hit.form, diagonal)) }
                        continue
                    }
                }
                runs[slot].at = at
                runs[slot].votes += 1
                if runs[slot].votes == needed[hit.form] { found.append((hit.form, runs[slot].diagonal)) }
            }
        }
    }

    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
