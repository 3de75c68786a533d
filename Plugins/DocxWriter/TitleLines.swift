/// Breaks a title too long for one line of 二号 type into lines as GB/T 9704 asks (7.2.3: 回行时要做到
/// 词意完整，排列对称，长短适宜，标题排列应当使用梯形或菱形): only between words, never leaving one or two
/// characters alone, with lines of nearly equal length, the top line no longer than the next.
///
/// Where a line may break is judged without a dictionary: best before `关于` (after the issuing
/// organ), then after `的` `和` `及` `暨` `与` or an issuing organ's last word, then after a year
/// (`2022年`), then at the edge of a word common in these titles; never inside a number, a
/// word of that list or next to punctuation that belongs to its neighbour.
enum TitleLines {
    /// How many characters of the title size fit on a line of the type area.
    static var capacity: Double { Double(GBT9704Layout.textWidth) / Double(GBT9704Layout.titleSize * 10) }

    /// Words a line must not split, and whose edges are acceptable breaks.
    static let words = [
        "人民政府办公室", "人民政府", "办公室", "教育委员会", "委员会", "督导委员会", "教育督导室", "督导室", "教育局",
        "履行", "教育", "职责", "情况", "自查自评", "自查", "自评", "报告", "工作", "评价", "评估", "督导", "方案",
        "义务教育", "学前教育", "优质均衡", "均衡", "发展", "推进", "实施", "意见", "通知", "年度", "县域", "区县",
        "迎检", "印发", "整改", "落实", "关于", "高质量",
    ]
    /// An issuing organ's last word: breaking after it puts the organ on its own line.
    static let organEndings = ["人民政府", "办公室", "委员会", "教委", "督导室", "教育局"]

    static func lines(_ title: String) -> [String] {
        let text = Array(title.filter { $0 != "\n" && $0 != "\r" })
        let widths = text.map { WordXML.width(String($0)) }
        let total = widths.reduce(0, +)
        guard total > capacity, text.count >= 6 else { return [String(text)] }
        let penalties = breakPenalties(text)
        let fewest = Int((total / capacity).rounded(.up))
        guard fewest <= 5 else { return [String(text)] }  // not a title; let Word wrap it
        var best: (cost: Double, breaks: [Int])?
        for count in fewest...min(fewest + 1, 5) {
            search(from: 0, remaining: count, breaks: [], text: text, widths: widths, penalties: penalties, best: &best)
        }
        guard let breaks = best?.breaks else { return [String(text)] }
        var lines: [String] = []
        var start = 0
        for end in breaks + [text.count] {
            lines.append(String(text[start..<end]))
            start = end
        }
        return lines
    }

    /// Tries every way to break `text[start...]` into `remaining` lines, keeping the cheapest.
    private static func search(
        from start: Int, remaining: Int, breaks: [Int], text: [Character], widths: [Double], penalties: [Double?],
        best: inout (cost: Double, breaks: [Int])?
    ) {
        if remaining == 1 {
            let width = widths[start...].reduce(0, +)
            guard width <= capacity, text.count - start >= 3 else { return }
            let cost = cost(breaks: breaks, text: text, widths: widths, penalties: penalties)
            if cost < best?.cost ?? .infinity { best = (cost, breaks) }
            return
        }
        var width = 0.0
        for end in start + 1..<text.count {
            width += widths[end - 1]
            if width > capacity { break }
            guard end - start >= 3, penalties[end] != nil else { continue }
            search(from: end, remaining: remaining - 1, breaks: breaks + [end], text: text, widths: widths,
                   penalties: penalties, best: &best)
        }
    }

    /// Word-boundary penalties, lines of unequal length (squared), and a top line longer than the
    /// next (GB/T 9704's trapezoid widens downwards; a diamond's middle line is the longest).
    private static func cost(breaks: [Int], text: [Character], widths: [Double], penalties: [Double?]) -> Double {
        var lineWidths: [Double] = []
        var start = 0
        for end in breaks + [text.count] {
            lineWidths.append(widths[start..<end].reduce(0, +))
            start = end
        }
        let mean = lineWidths.reduce(0, +) / Double(lineWidths.count)
        var cost = lineWidths.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        cost += breaks.reduce(0) { $0 + 10 * (penalties[$1] ?? 100) }
        if let first = lineWidths.first, lineWidths.count > 1, first > lineWidths[1] + 1 { cost += 5 }
        if let last = lineWidths.last, lineWidths.count > 2, last > lineWidths[lineWidths.count - 2] + 1,
           lineWidths[1] < lineWidths[0] {
            cost += 5  // an hourglass, neither trapezoid nor diamond
        }
        return cost
    }

    /// For each position `i` (a break before `text[i]`), how bad a break there is; nil where a line
    /// must not break.
    static func breakPenalties(_ text: [Character]) -> [Double?] {
        var penalties = [Double?](repeating: 10, count: text.count + 1)
        penalties[0] = nil
        penalties[text.count] = nil
        var wordEdges = Set<Int>()
        for word in words {
            let letters = Array(word)
            var index = 0
            while index + letters.count <= text.count {
                if Array(text[index..<index + letters.count]) == letters {
                    wordEdges.insert(index)
                    wordEdges.insert(index + letters.count)
                    for inside in index + 1..<index + letters.count { penalties[inside] = nil }
                }
                index += 1
            }
        }
        let opening: Set<Character> = ["（", "《", "“", "‘", "〔", "【", "("]
        let closing: Set<Character> = ["）", "》", "”", "’", "〕", "】", ")", "、", "，", "。", "：", "；", "！", "？"]
        for index in 1..<text.count where penalties[index] != nil {
            let before = text[index - 1], after = text[index]
            if (before.isASCII && (before.isLetter || before.isNumber)) && (after.isASCII && (after.isLetter || after.isNumber)) {
                penalties[index] = nil
            } else if opening.contains(before) || closing.contains(after) || (before.isNumber && after == "年") {
                penalties[index] = nil
            } else if text[index...].starts(with: "关于") {
                penalties[index] = 0
            } else if organEndings.contains(where: { text[..<index].reversed().starts(with: $0.reversed()) })
                        || ["的", "和", "及", "暨", "与"].contains(before) {
                penalties[index] = 1
            } else if (before == "年" && index >= 2 && text[index - 2].isNumber)
                        || (before == "度" && index >= 3 && text[index - 2] == "年" && text[index - 3].isNumber) {
                penalties[index] = 2
            } else if wordEdges.contains(index) || closing.contains(before) || opening.contains(after) {
                penalties[index] = 3
            }
        }
        return penalties
    }
}
