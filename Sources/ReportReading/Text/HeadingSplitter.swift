/// Separates a heading from the body that runs into it on the same line.
///
/// Drafts write `（二）加强组织领导。坚持…` (split after the first full stop) and also, with no
/// punctuation at all, `1.以党的领导统领全区教育工作2021年以来,…` (split where the body's first
/// sentence starts: a year, 我区, 截至…). A short line without sentence punctuation is all heading.
enum HeadingSplitter {
    /// How many Characters a heading may run to before its full stop.
    static let maximumTitleLength = 50
    /// Words that start a body sentence and rarely occur inside a heading.
    private static let bodyCues: [String] = [
        "我区", "我县", "我市", "近年来", "近两年", "两年来", "截至", "目前", "中共中央", "习近平",
        "继续", "严格落实", "不断优化", "进一步", "通过", "按照", "今年", "去年", "编制完成",
    ]

    /// The split point: `title` Characters of heading, an optional separator, then the body
    /// starting at `bodyStart`. `bodyStart == nil` means the whole text is the heading.
    struct Split: Equatable {
        var titleLength: Int
        var bodyStart: Int?
    }

    static func split(_ characters: [Character]) -> Split {
        let count = characters.count
        let sentenceEnds: Set<Character> = ["。", "：", ":", "！", "？"]
        let clausePunctuation: Set<Character> = ["，", ",", "；", ";"]
        let firstClauseEnd = characters.firstIndex { clausePunctuation.contains($0) || sentenceEnds.contains($0) } ?? count
        // 1. A body cue before any punctuation starts the body (`…难度大中共中央、国务院印发…`).
        if let cue = bodyCue(characters, before: min(firstClauseEnd, maximumTitleLength)) {
            return Split(titleLength: cue, bodyStart: cue)
        }
        // 2. A full stop close to the start ends the heading.
        if let stop = characters.prefix(maximumTitleLength + 1).firstIndex(where: { sentenceEnds.contains($0) }) {
            let rest = characters[(stop + 1)...].drop { $0 == " " || $0 == "　" }
            if rest.isEmpty { return Split(titleLength: stop, bodyStart: nil) }
            return Split(titleLength: stop, bodyStart: count - rest.count)
        }
        // 3. A short line with no clause punctuation is a heading alone.
        if count <= maximumTitleLength, !characters.contains(where: { clausePunctuation.contains($0) }) {
            return Split(titleLength: count, bodyStart: nil)
        }
        // 4. A long sentence with no cue: the marker heads a paragraph with no title of its own.
        return Split(titleLength: 0, bodyStart: 0)
    }

    /// The first place before `end` (and at least four Characters in) where a body sentence starts.
    private static func bodyCue(_ characters: [Character], before end: Int) -> Int? {
        guard end > 4 else { return nil }
        return (4..<end).first { start in
            isYear(characters, at: start) || bodyCues.contains { matches($0, characters, at: start) }
        }
    }

    private static func isYear(_ characters: [Character], at index: Int) -> Bool {
        guard index + 4 < characters.count else { return false }
        for offset in 0..<4 where !(characters[index + offset].isASCII && characters[index + offset].isNumber) {
            return false
        }
        if index > 0, characters[index - 1].isASCII, characters[index - 1].isNumber { return false }
        return characters[index + 4] == "年"
    }

    private static func matches(_ word: String, _ characters: [Character], at index: Int) -> Bool {
        var position = index
        for character in word {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }
}
