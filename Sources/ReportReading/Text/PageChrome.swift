import ReportModel

/// Recognises the navigation and index fields that web copies of a report carry
/// (`您当前的位置`, `扫一扫在手机打开当前页`, `• [ 索引号 ]` …), which are not report text.
enum PageChrome {
    private static let phrases = PhraseSet([
        "您当前的位置", "当前位置：", "当前位置:", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "【字体",
        "分享到：", "分享到:", "【打印】", "【关闭】", "责任编辑：", "来源：", "浏览次数",
    ])

    static func isChrome(_ content: Substring) -> Bool {
        // Chrome lines are short; report paragraphs are not worth searching.
        let bytes = content.utf8
        guard bytes.count <= 120 else { return false }
        if bytes.starts(with: "•".utf8) || bytes.elementsEqual(">".utf8) || bytes.elementsEqual("|".utf8) { return true }
        if bytes.starts(with: "[ ".utf8) && bytes.reversed().starts(with: "] ".utf8) { return true }
        return phrases.occurs(in: content)
    }
}
