/// The words that tell a figure's role, read from the text just before it in its clause (its lead).
///
/// Every check works on the lead's scalar codes (the first Unicode scalar of each Character) with
/// plain comparisons: no Foundation string search, no regular expression, and work bounded by the
/// lead's length.
enum RoleCues {
    typealias Codes = ArraySlice<UInt32>

    static func codes(_ word: String) -> [UInt32] { word.unicodeScalars.map(\.value) }

    static let increaseWords = ["增长", "增加", "提高", "提升", "上升", "增幅", "增速", "净增", "多出"].map(codes)
    static let decreaseWords = ["减少", "下降", "降低", "降幅", "减幅", "缩减", "回落"].map(codes)
    static let totalWords = ["共有", "共计", "总计", "合计", "总数", "总量", "总额", "总共", "一共", "共"].map(codes)
    static let areaWords = ["全区", "全县", "全市", "全镇", "我区", "我县"].map(codes)
    static let baseOpeners = ["由", "从", "由原来的", "从原来的"].map(codes)
    static let labelPrefixes = [
        "其中", "含", "包括", "另有", "共有", "共计", "共", "总计", "合计", "有", "全区", "全县", "全市", "我区", "我县",
    ].map(codes)
    static let labelSuffixes = [
        "已达到", "达到", "达", "为", "是", "有", "共有", "共计", "共", "计", "约", "近", "超过", "超", "逾", "分别", "已", "的",
    ].map(codes)

    private static let le: UInt32 = 0x4E86  // 了
    private static let zhi: UInt32 = 0x81F3  // 至
    private static let dao: UInt32 = 0x5230  // 到
    private static let de: UInt32 = 0x7684  // 的
    private static let bi: UInt32 = 0x6BD4  // 比
    private static let jiao: UInt32 = 0x8F83  // 较
    private static let zhan: UInt32 = 0x5360  // 占
    private static let dui: UInt32 = 0x5BF9  // 对
    private static let you: UInt32 = 0x6709  // 有
    private static let gong: UInt32 = 0x5171  // 共
    private static let zong: UInt32 = 0x603B  // 总
    private static let he: UInt32 = 0x5408  // 合

    /// The last position where `word` starts in `lead`, or nil.
    static func lastIndex(of word: [UInt32], in lead: Codes) -> Int? {
        guard word.count <= lead.count else { return nil }
        var start = lead.endIndex - word.count
        while start >= lead.startIndex {
            if hasWord(word, in: lead, at: start) { return start }
            start -= 1
        }
        return nil
    }

    static func contains(_ word: [UInt32], in lead: Codes) -> Bool { lastIndex(of: word, in: lead) != nil }

    static func hasWord(_ word: [UInt32], in lead: Codes, at start: Int) -> Bool {
        guard start >= lead.startIndex, start + word.count <= lead.endIndex else { return false }
        for offset in 0..<word.count where lead[start + offset] != word[offset] { return false }
        return true
    }

    static func hasSuffix(_ lead: Codes, _ word: [UInt32]) -> Bool { hasWord(word, in: lead, at: lead.endIndex - word.count) }

    /// The direction of the change the lead announces: 1 for growth, -1 for a decrease, nil for none.
    /// The cue nearest the figure wins (`减少了…后又增加`).
    static func changeSign(in lead: Codes) -> Int? {
        // Every cue word is two Characters and no increase word starts with the first Character of a
        // decrease word, so the cue nearest the figure is the first pair met walking back from the end.
        var start = lead.endIndex - 2
        while start >= lead.startIndex {
            let first = lead[start]
            if increaseFirsts.contains(first), increaseWords.contains(where: { hasWord($0, in: lead, at: start) }) { return 1 }
            if decreaseFirsts.contains(first), decreaseWords.contains(where: { hasWord($0, in: lead, at: start) }) { return -1 }
            start -= 1
        }
        return nil
    }

    private static let increaseFirsts = CodeSet(increaseWords.map { $0[0] })
    private static let decreaseFirsts = CodeSet(decreaseWords.map { $0[0] })

    /// The lead without trailing `了` and spaces.
    private static func trimmed(_ lead: Codes) -> Codes {
        var end = lead.endIndex
        while end > lead.startIndex, lead[end - 1] == le || lead[end - 1] == 0x20 || lead[end - 1] == 0x3000 { end -= 1 }
        return lead[lead.startIndex..<end]
    }

    /// Whether the lead ends in `至` / `到` (`增长至`, `提高到`): the figure is the new value itself.
    static func endsInDestination(_ lead: Codes) -> Bool {
        guard let last = trimmed(lead).last else { return false }
        return last == zhi || last == dao
    }

    /// Whether the lead introduces a base: `比2020年的`, `较上年的`, `由`, `从`.
    static func introducesBase(_ lead: Codes) -> Bool {
        let lead = trimmed(lead)
        if baseOpeners.contains(where: { hasSuffix(lead, $0) }) { return true }
        guard lead.last == de else { return false }
        var index = lead.endIndex - 1
        while index > lead.startIndex {
            index -= 1
            if lead[index] == bi || lead[index] == jiao {
                let before = index > lead.startIndex ? lead[index - 1] : 0
                if before != zhan && before != dui { return true }
            }
        }
        return false
    }

    /// Whether the lead announces a total: `共`, `共有`, `总计`, `全区…有`.
    static func announcesTotal(_ lead: Codes) -> Bool {
        // `共有`, `共计`, `总共` and `一共` all hold `共`: one pass finds `共` or another total word.
        for index in lead.indices {
            switch lead[index] {
            case gong: return true
            case zong, he:
                if index + 1 < lead.endIndex, totalWords.contains(where: { hasWord($0, in: lead, at: index) }) { return true }
            default: continue
            }
        }
        return lead.contains(you) && areaWords.contains(where: { contains($0, in: lead) })
    }

    private static let prefixFirsts = CodeSet(labelPrefixes.map { $0[0] })
    private static let suffixLasts = CodeSet(labelSuffixes.map { $0[$0.count - 1] })

    @inline(__always) private static func isSpace(_ code: UInt32) -> Bool { code == 0x20 || code == 0x3000 || code == 0x09 }

    /// The offsets of the label inside the lead: the lead without cue words (`公办学校` of
    /// `其中公办学校`, `2021年` of `其中2021年`).
    static func labelRange(of lead: Codes) -> Range<Int> {
        var start = lead.startIndex
        var end = lead.endIndex
        while start < end, isSpace(lead[start]) { start += 1 }
        while end > start, isSpace(lead[end - 1]) { end -= 1 }
        var changed = true
        while changed {
            changed = false
            // A word can only match where its first (last) Character is: most leads skip both loops.
            if start < end, prefixFirsts.contains(lead[start]) {
                for prefix in labelPrefixes where hasWord(prefix, in: lead[start..<end], at: start) {
                    start += prefix.count
                    changed = true
                }
            }
            if end > start, suffixLasts.contains(lead[end - 1]) {
                for suffix in labelSuffixes where end - start > suffix.count && hasSuffix(lead[start..<end], suffix) {
                    end -= suffix.count
                    changed = true
                }
            }
        }
        return start..<end
    }
}
