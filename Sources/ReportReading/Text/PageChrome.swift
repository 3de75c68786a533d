#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel

/// Recognises the navigation and index fields that web copies of a report carry
/// (`您当前的位置`, `扫一扫在手机打开当前页`, `• [ 索引号 ]`, `来源：区教委　浏览次数：12` …), which are
/// not report text.
///
/// A report's own sentences use some of the same words (`数据来源：区教委2023年教育事业统计。`,
/// `资金来源：区级财政`), and a line taken for chrome is dropped from the report: so the field names
/// count only where a field starts (the line's start, or after a space), and a line that ends a
/// sentence is never chrome.
enum PageChrome {
    /// Phrases that only page furniture holds, wherever they are in the line.
    private static let furniture = PhraseSet([
        "您当前的位置", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "【字体", "【打印】", "【关闭】",
    ])
    /// The names of a web page's fields, chrome only where a field starts.
    private static let fields = PhraseSet([
        "当前位置：", "当前位置:", "分享到：", "分享到:", "责任编辑：", "来源：", "浏览次数",
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
        guard let first = bytes.first else { return false }
        if bytes.count == 1 { return first == UInt8(ascii: ">") || first == UInt8(ascii: "|") }
        // A table row (its cells are report text) or a sentence.
        if first == UInt8(ascii: "|") || ends(with: "。") || ends(with: "！") || ends(with: "？") { return false }
        if starts(with: "•") || (starts(with: "[ ") && ends(with: " ]")) { return true }
        if furniture.occurs(in: bytes) { return true }
        // Fields start the line or follow a space: ASCII space or tab, U+3000 (E3 80 80), U+00A0 (C2 A0).
        for index in bytes.indices {
            let fieldStart = index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09
                || (index >= 3 && bytes[index - 3] == 0xE3 && bytes[index - 2] == 0x80 && bytes[index - 1] == 0x80)
                || (index >= 2 && bytes[index - 2] == 0xC2 && bytes[index - 1] == 0xA0)
            if fieldStart, bytes[index] >= 0xC0, fields.starts(at: index, in: bytes) { return true }
        }
        return false
    }
}
