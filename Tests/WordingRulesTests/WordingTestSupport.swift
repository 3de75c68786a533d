import ReportModel
import ReportPluginKit
import ReportReading
@testable import WordingRules

/// Runs one rule on a text draft.
func findings(_ rule: any ReportRule, in text: String, options: RuleOptions = RuleOptions()) -> [Diagnostic] {
    let report = ReportReader.read(text: text, path: "draft.txt", format: .text).report
    return rule.check(report, context: RuleContext(ruleOptions: [rule.metadata.id: options]))
}

/// The ways a catalogue form can be mistyped by one edit inside it (never at either end).
enum Mutation: CaseIterable {
    case deletion, substitution, swap, insertion

    /// The form with this edit at interior position `at` (1…count − 2), or nil where the edit does
    /// not apply (a numeral, a swap of equal characters).
    func apply(to form: String, at position: Int) -> String? {
        var characters = Array(form)
        guard position >= 1, position <= characters.count - 2 else { return nil }
        if characters[position].isNumber || "〇一二三四五六七八九十两".contains(characters[position]) { return nil }
        switch self {
        case .deletion:
            // A dropped 的 is an accepted short form (办好人民满意教育), not a slip.
            guard characters[position] != "的" else { return nil }
            characters.remove(at: position)
        case .substitution:
            characters[position] = characters[position] == "乙" ? "丙" : "乙"
        case .swap:
            // A swap inside a four-character form breaks all three of its character pairs: such
            // forms are checked for a missing, added or replaced character only.
            guard characters.count >= 5, position + 1 <= characters.count - 2, characters[position] != characters[position + 1],
                  !characters[position + 1].isNumber else { return nil }
            characters.swapAt(position, position + 1)
        case .insertion:
            // An added 的 is an accepted variation (落实立德树人的根本任务), not a slip.
            characters.insert("乙", at: position)
        }
        return String(characters)
    }
}

/// The catalogue forms that are searched for near misses (four characters or more).
let nearMissForms = FormulationCatalogue.entries.map(\.text).filter { $0.count >= 4 }
