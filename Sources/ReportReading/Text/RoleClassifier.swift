import ReportModel

/// Tells a part's role from its heading words, in the order that resolves overlaps
/// (`存在问题及整改措施` before `存在问题`; `开展自查工作情况` before `自查情况`).
enum RoleClassifier {
    private static let patterns: [(role: SectionRole, all: [String], any: [String])] = [
        // Last round's feedback and how it was rectified (2022年反馈问题整改情况) is not this year's
        // problems and next steps, though it names both 问题 and 整改.
        (.rectification, [], ["整改情况", "整改落实情况", "整改工作情况", "反馈问题整改", "反馈意见整改"]),
        (.problemsAndMeasures, ["问题"], ["整改措施", "整改方向", "下一步", "努力方向", "改进措施", "整改"]),
        (.selfCheckWork, [], ["开展自查", "自查工作开展", "自评工作开展", "开展自评", "自查自评工作情况", "工作开展情况", "自查工作情况"]),
        (.findings, [], [
            "自查情况", "自评情况", "履行教育职责情况", "履行职责情况", "履职情况", "自查自评情况",
            // Reports head the findings part with what was done and achieved.
            "主要做法和成效", "主要做法及成效", "主要做法及取得成效", "主要做法及取得的成效", "主要做法和取得的成效",
            "主要工作及成效", "主要工作和成效", "履职工作成效", "工作落实情况",
        ]),
        (.problems, [], ["存在问题", "存在的问题", "存在的主要问题", "主要问题", "问题与不足", "存在不足", "困难和问题", "问题和不足"]),
        (.nextSteps, [], ["下一步", "整改措施", "努力方向", "工作打算", "改进措施", "今后打算"]),
        (.achievements, [], ["工作成效", "经验做法", "主要成效", "特色亮点", "工作亮点", "主要成绩"]),
        (.basicInfo, [], ["基本情况", "基本概况", "教育概况"]),
        (.appendix, [], ["附件", "附表"]),
    ]
    /// Every word above: a title holding none of them has no role, which rules out most headings in
    /// one pass before the patterns are tried. Derived, so a new word needs no other edit.
    private static let words = PhraseSet(patterns.flatMap { $0.all + $0.any })

    /// A heading longer than this is a paragraph that starts with a marker: only its first clause
    /// names its part (`三、我区在推进…过程中，还存在一些问题…` is not the 存在问题 part).
    static let maximumTitleLength = 50

    static func role(forTitle written: String) -> SectionRole {
        var title = Substring(written)
        if title.count > maximumTitleLength {
            title = title.prefix { !"，,。；;：:！？".contains($0) }
        }
        guard words.occurs(in: title) else { return .other }
        for pattern in patterns
        where pattern.all.allSatisfy(title.containsText) && title.containsAny(pattern.any) {
            return pattern.role
        }
        return .other
    }
}
