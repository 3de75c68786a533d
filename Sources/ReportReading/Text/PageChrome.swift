#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        guard content.utf8.count <= 120 else { return false }
        var content = content
        return content.withUTF8(isChrome)
    }

    /// The same test on the line's bytes: every draft line passes here, so it compares bytes rather
    /// than going through generic sequence comparisons.
    private static func isChrome(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func starts(with prefix: StaticString) -> Bool {
            bytes.count >= prefix.utf8CodeUnitCount && memcmp(bytes.baseAddress!, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
        }
        func ends(with suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return bytes.count >= count && memcmp(bytes.baseAddress! + bytes.count - count, suffix.utf8Start, count) == 0
        }
        guard !bytes.isEmpty else { return false }
        if starts(with: "•") || (bytes.count == 1 && (bytes[0] == UInt8(ascii: ">") || bytes[0] == UInt8(ascii: "|"))) { return true }
        if starts(with: "[ ") && ends(with: " ]") { return true }
        return phrases.occurs(in: bytes)
    }
}
