import ReportModel

/// Recognises the navigation and index fields that web copies of a report carry
/// (`您当前的位置`, `扫一扫在手机打开当前页`, `• [ 索引号 ]` …), which are not report text.
enum PageChrome {
    private static let phrases = [
        "您当前的位置", "当前位置：", "当前位置:", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "【字体",
        "分享到：", "分享到:", "【打印】", "【关闭】", "责任编辑：", "来源：", "浏览次数",
    ]

    static func isChrome(_ content: Substring) -> Bool {
        // Chrome lines are short; report paragraphs are not worth searching.
        guard content.utf8.count <= 120 else { return false }
        if content.first == "•" || content == ">" || content == "|" { return true }
        if content.hasPrefix("[ ") && content.hasSuffix(" ]") { return true }
        return content.containsAny(phrases)
    }
}
