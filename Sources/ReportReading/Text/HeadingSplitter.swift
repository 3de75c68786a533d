import ReportModel

/// Separates a heading from the body that runs into it on the same line.
///
/// Drafts write `（二）加强组织领导。坚持…` (split after the first full stop) and also, with no
/// punctuation at all, `1.以党的领导统领全区教育工作2021年以来,…` (split where the body's first
/// sentence starts: a year, 我区, 截至…). A short line without sentence punctuation is all heading.
/// Offsets are in scalars of a `ScalarText`.
enum HeadingSplitter {
    /// How many Characters a heading may run to before its full stop.
    static let maximumTitleLength = 50
    /// Words that start a body sentence and rarely occur inside a heading.
    private static let bodyCues: [[Unicode.Scalar]] = [
        "我区", "我县", "我市", "近年来", "近两年", "两年来", "截至", "目前", "中共中央", "习近平",
        "继续", "严格落实", "不断优化", "进一步", "通过", "按照", "今年", "去年", "编制完成",
    ].map { Array($0.unicodeScalars) }
    @inline(__always)
    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "：", ":", "！", "？": true
        default: false
        }
    }

    @inline(__always)
    private static func isClausePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "；", ";": true
        default: false
        }
    }

    /// The split point: `titleLength` scalars of heading, an optional separator, then the body
    /// starting at `bodyStart`. `bodyStart == nil` means the whole text is the heading.
    struct Split: Equatable {
        var titleLength: Int
        var bodyStart: Int?
    }

    static func split(_ text: ScalarText) -> Split {
        let scalars = text.scalars
        let count = scalars.count
        let firstClauseEnd = scalars.firstIndex { isClausePunctuation($0) || isSentenceEnd($0) } ?? count
        // 1. A body cue before any punctuation starts the body (`…难度大中共中央、国务院印发…`).
        if let cue = bodyCue(text, before: min(firstClauseEnd, maximumTitleLength)) {
            return Split(titleLength: cue, bodyStart: cue)
        }
        // 2. A full stop close to the start ends the heading.
        if let stop = scalars.prefix(maximumTitleLength + 1).firstIndex(where: isSentenceEnd) {
            var start = stop + 1
            while start < count, scalars[start] == " " || scalars[start] == "　" { start += 1 }
            return Split(titleLength: stop, bodyStart: start < count ? start : nil)
        }
        // 3. A short line with no clause punctuation is a heading alone.
        if count <= maximumTitleLength, !scalars.contains(where: isClausePunctuation) {
            return Split(titleLength: count, bodyStart: nil)
        }
        // 4. A long sentence with no cue: the marker heads a paragraph with no title of its own.
        return Split(titleLength: 0, bodyStart: 0)
    }

    /// The first place before `end` (and at least four scalars in) where a body sentence starts.
    private static func bodyCue(_ text: ScalarText, before end: Int) -> Int? {
        guard end > 4 else { return nil }
        return (4..<end).first { start in
            let scalar = text.scalars[start]
            if isDigit(scalar) { return isYear(text.scalars, at: start) }
            return mayStartCue(scalar) && bodyCues.contains { text.hasWord($0, at: start) }
        }
    }

    /// Whether a body cue may start with `scalar`: a one-word bit test (by the scalar's low six
    /// bits) that rules out almost every scalar before the cue words are compared.
    @inline(__always)
    private static func mayStartCue(_ scalar: Unicode.Scalar) -> Bool {
        cueInitialBits & (1 << UInt64(scalar.value & 63)) != 0
    }

    private static let cueInitialBits: UInt64 = bodyCues.reduce(0) { bits, cue in
        bits | (1 << UInt64(cue[0].value & 63))
    }

    @inline(__always)
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    private static func isYear(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 4 < scalars.count, scalars[index + 4] == "年" else { return false }
        for offset in 0..<4 where !(0x30...0x39).contains(scalars[index + offset].value) { return false }
        return index == 0 || !(0x30...0x39).contains(scalars[index - 1].value)
    }
}
