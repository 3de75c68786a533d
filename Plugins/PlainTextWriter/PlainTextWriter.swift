import Foundation
import ReportModel
import ReportPluginKit

/// Writes a report as the plain text a clerk pastes into the official template (`--to text`):
/// markers as they were written (a drafted report's are GB/T 9704's 一、 （一） 1. （1）; a draft's `(一)`
/// stays `(一)` so that lint still warns about it — normalising is `lint --fix`'s job), every body line indented with two full-width spaces,
/// metadata in the standard's order (发文字号, title, 主送机关, body, issuer, 成文日期), tables as
/// tab-separated rows.
///
/// The output reads back through `ReportReader` as the same report (positions aside), and the same report always gives the same bytes.
public struct PlainTextWriter: ReportWriter {
    public let id = "text"
    public let fileExtension = "txt"
    public let title = "纯文本（套用公文模板）"
    public let mediaType = "text/plain; charset=utf-8"
    public let label = "公文格式纯文本"
    public let fileNameSuffix = "-公文格式"

    public init() {}

    /// The report as plain text, one paragraph a line, ending with one newline.
    public func render(_ report: Report) -> String {
        PlainTextRenderer(report: report).render()
    }

    public func write(_ report: Report, to destination: URL, options: WriterOptions) throws {
        do {
            try Data(render(report).utf8).write(to: destination)
        } catch {
            throw WriterError("无法写入文本文件（文件夹只读或磁盘已满）")
        }
    }
}
