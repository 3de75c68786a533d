/// Makes valid, unique worksheet names: at most 31 characters, none of `[ ] : * ? / \`, not starting or
/// ending with an apostrophe, and unique ignoring case (`主要指标`, `主要指标2`, …).
struct SheetNames {
    static let maximumLength = 31
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    private var taken: Set<String> = []

    /// A valid name close to `proposed`, different from every name this value returned before.
    mutating func unique(_ proposed: String) -> String {
        var base = String(proposed.map { Self.forbidden.contains($0) ? "_" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Sheet" }
        var candidate = Self.truncated(base, suffix: "")
        var number = 2
        while taken.contains(candidate.lowercased()) {
            candidate = Self.truncated(base, suffix: String(number))
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// `base` cut so that `base + suffix` fits, counted in UTF-16 units as Excel does.
    private static func truncated(_ base: String, suffix: String) -> String {
        var result = ""
        let room = maximumLength - suffix.utf16.count
        for character in base {
            if result.utf16.count + String(character).utf16.count > room { break }
            result.append(character)
        }
        while result.hasSuffix("'") { result.removeLast() }
        return result + suffix
    }
}
