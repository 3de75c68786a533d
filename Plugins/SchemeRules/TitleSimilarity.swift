/// Compares headings with evaluation-point titles the way a reviewer does: ignoring punctuation,
/// quotes and spaces, and tolerating reworded titles through shared character pairs.
enum TitleSimilarity {
    /// The text with punctuation, quotes, brackets and spaces removed.
    static func normalized(_ text: String) -> String {
        String(text.filter { character in
            !(character.isWhitespace || character.isPunctuation || character.isSymbol || "“”‘’\"'".contains(character))
        })
    }

    /// The Dice coefficient of two sets of character bigrams (0…1).
    static func dice(_ x: Set<String>, _ y: Set<String>) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        let shared = x.intersection(y).count
        return 2 * Double(shared) / Double(x.count + y.count)
    }

    static func bigrams(_ text: String) -> Set<String> {
        let characters = Array(text)
        guard characters.count > 1 else { return [] }
        return Set((0..<(characters.count - 1)).map { String(characters[$0...$0 + 1]) })
    }

    /// Whether one normalized title contains the other and the shorter one is not trivially short.
    static func contains(_ a: String, _ b: String) -> Bool {
        let shorter = a.count <= b.count ? a : b
        let longer = a.count <= b.count ? b : a
        return shorter.count >= 4 && longer.contains(shorter)
    }
}
