/// A word that style guides for official documents list as commonly misused, with the context that
/// decides that it is misused here: 截止 before a point in time is 截至, 做出 before 贡献 is 作出.
struct MisusedWord: Sendable {
    /// The form as misused (`截止`); the finding covers it.
    var wrong: String
    /// What replaces `wrong`.
    var right: String
    /// Why, in Chinese, for the message.
    var reason: String
    /// Words one of which must come right after `wrong` (within `gap` Characters); empty: any context.
    var followedBy: [String] = []
    var gap = 0
    /// Words that, right after the `followedBy` word, show it is a noun's modifier (推进措施): no finding.
    var unlessThen: [String] = []
    /// Words one of which must come right before `wrong`; empty: any context.
    var precededBy: [String] = []
    /// A word that must follow later in the same sentence (即要…又要 → 既要…又要).
    var pairedWith: String?

    /// The built-in list. Each entry's `MisusedWordRule` examples show one triggering and one
    /// non-triggering use.
    static let all: [MisusedWord] = [
        // 《现代汉语词典》（第7版）：截至，截止到（某个时候）；截止，（到一定期限）停止。
        MisusedWord(wrong: "截止到", right: "截至", reason: "表示“到某时为止”应写“截至”"),
        MisusedWord(wrong: "截止", right: "截至", reason: "后面是时间点，表示“到某时为止”应写“截至”",
                    followedBy: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "目前", "今年", "去年", "上年",
                                 "本年", "当前", "年底", "年末", "二〇", "本学期", "本学年"]),
        // 《第一批异形词整理表》以外，公文写作规范统一用“其他”。
        MisusedWord(wrong: "其它", right: "其他", reason: "公文统一写“其他”"),
        MisusedWord(wrong: "部份", right: "部分", reason: "“部份”是不规范写法"),
        // 《现代汉语词典》：“作出”用于决定、贡献等抽象事物。
        MisusedWord(wrong: "做出", right: "作出", reason: "后接决定、部署、贡献等抽象事物时应写“作出”",
                    followedBy: ["决定", "部署", "贡献", "规定", "安排", "批示", "承诺", "决策"], gap: 4),
        MisusedWord(wrong: "以经", right: "已经", reason: "表示时间的副词是“已经”",
                    followedBy: ["完成", "开始", "建成", "取得", "实现", "形成", "成为", "达到", "全面", "基本", "初步", "投入"]),
        MisusedWord(wrong: "起用", right: "启用", reason: "开始使用设施、系统、印章写“启用”；“起用”指任用人员",
                    followedBy: ["新校区", "新校舍", "校区", "校舍", "系统", "平台", "印章", "教学楼", "新校", "新址"]),
        MisusedWord(wrong: "启用", right: "起用", reason: "任用人员写“起用”；“启用”指开始使用设施",
                    followedBy: ["干部", "年轻干部", "新人"]),
        MisusedWord(wrong: "即要", right: "既要", reason: "关联词是“既……又……”", pairedWith: "又要"),
        MisusedWord(wrong: "即有", right: "既有", reason: "关联词是“既……又……”", pairedWith: "又有"),
        MisusedWord(wrong: "即是", right: "既是", reason: "关联词是“既……又……”", pairedWith: "又是"),
        // 的/地/得：只在确定的搭配上报告。
        MisusedWord(wrong: "的", right: "地", reason: "修饰动词的状语后面用“地”",
                    followedBy: ["推进", "落实", "开展"],
                    unlessThen: ["措施", "工作", "机制", "力度", "方案", "情况", "举措", "成效"],
                    precededBy: ["认真", "扎实", "稳步", "大力", "不断", "切实", "深入"]),
        MisusedWord(wrong: "取的", right: "取得", reason: "“取得成效”的“得”是动词的一部分",
                    followedBy: ["了", "成效", "成绩", "进展", "突破", "显著", "明显", "阶段性", "良好"]),
    ]
}
