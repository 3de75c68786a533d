import Foundation

/// The words that tell a figure's role, read from the text just before it in its clause.
///
/// Every check looks at a short `lead` (the words between the previous figure or clause mark and
/// the figure), so the cost is bounded by the clause, never by the paragraph.
enum RoleCues {
    static let increaseWords = ["增长", "增加", "提高", "提升", "上升", "增幅", "增速", "净增", "多出"]
    static let decreaseWords = ["减少", "下降", "降低", "降幅", "减幅", "缩减", "回落"]
    static let totalWords = ["共有", "共计", "总计", "合计", "总数", "总量", "总额", "总共", "一共", "共"]
    static let areaWords = ["全区", "全县", "全市", "全镇", "我区", "我县"]

    /// The direction of the change the lead announces: 1 for growth, -1 for a decrease, nil for none.
    /// The cue nearest the figure wins (`减少了…后又增加`).
    static func changeSign(in lead: String) -> Int? {
        var best: (position: String.Index, sign: Int)?
        for (words, sign) in [(increaseWords, 1), (decreaseWords, -1)] {
            for word in words {
                if let found = lead.range(of: word, options: .backwards), best == nil || found.lowerBound > best!.position {
                    best = (found.lowerBound, sign)
                }
            }
        }
        return best?.sign
    }

    /// Whether the lead ends in `至` / `到` (`增长至`, `提高到`): the figure is the new value itself.
    static func endsInDestination(_ lead: String) -> Bool {
        let trimmed = lead.trimmingSuffixes(["了", " ", "　"])
        return trimmed.hasSuffix("至") || trimmed.hasSuffix("到")
    }

    /// Whether the lead introduces a base: `比2020年的`, `较上年的`, `由`, `从`.
    static func introducesBase(_ lead: String) -> Bool {
        let trimmed = lead.trimmingSuffixes([" ", "　"])
        if trimmed == "由" || trimmed == "从" || trimmed.hasSuffix("由原来的") || trimmed.hasSuffix("从原来的") {
            return true
        }
        guard trimmed.hasSuffix("的") else { return false }
        for mark in ["比", "较"] {
            if let found = trimmed.range(of: mark, options: .backwards) {
                let before = trimmed[trimmed.startIndex..<found.lowerBound]
                if !before.hasSuffix("占") && !before.hasSuffix("对") { return true }
            }
        }
        return false
    }

    /// Whether the lead announces a total: `共`, `共有`, `总计`, `全区…有`.
    static func announcesTotal(_ lead: String) -> Bool {
        if totalWords.contains(where: { lead.contains($0) }) { return true }
        return lead.contains("有") && areaWords.contains(where: { lead.contains($0) })
    }

    /// The lead without cue words: the subject the figure counts (`公办学校`, `2021年`).
    static func label(from lead: String) -> String {
        var label = lead.trimmingCharacters(in: .whitespaces)
        let prefixes = ["其中", "含", "包括", "另有", "共有", "共计", "共", "总计", "合计", "有", "全区", "全县", "全市", "我区", "我县"]
        let suffixes = [
            "已达到", "达到", "达", "为", "是", "有", "共有", "共计", "共", "计", "约", "近", "超过", "超", "逾", "分别", "已",
            "的",
        ]
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where label.hasPrefix(prefix) {
                label.removeFirst(prefix.count)
                changed = true
            }
            for suffix in suffixes where label.hasSuffix(suffix) && label.count > suffix.count {
                label.removeLast(suffix.count)
                changed = true
            }
        }
        return label
    }
}

extension String {
    func trimmingSuffixes(_ suffixes: [String]) -> String {
        var result = self
        var changed = true
        while changed {
            changed = false
            for suffix in suffixes where result.hasSuffix(suffix) {
                result.removeLast(suffix.count)
                changed = true
            }
        }
        return result
    }
}
