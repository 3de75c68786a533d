import Foundation
import ReportModel
import ReportPluginKit

/// Writes a report as canonical Markdown (`--to markdown`): the metadata block at the top, parts and
/// groups as `##` / `###` headings with their markers as written (`(一)` stays `(一)`, so that lint
/// still warns about it after a round trip; normalising is `lint --fix`'s job), deeper points as paragraphs that start
/// with their marker, `一是…` items as paragraphs, tables as pipe tables, issuer and date at the end.
///
/// The output reads back through `ReportReader` as the same report (positions aside), and the same report always gives the same bytes.
public struct MarkdownWriter: ReportWriter {
    public let id = "markdown"
    public let fileExtension = "md"
    public let title = "Markdown 文稿"
    public let mediaType = "text/markdown; charset=utf-8"
    public let label = "Markdown 文稿"
    public let fileNameSuffix = ""

    public init() {}

    /// The report as Markdown text, ending with one newline.
    public func render(_ report: Report) -> String {
        MarkdownRenderer(report: report).render()
    }

    public func write(_ report: Report, to destination: URL, options: WriterOptions) throws {
        do {
            try Data(render(report).utf8).write(to: destination)
        } catch {
            throw WriterError("无法写入 Markdown 文件（文件夹只读或磁盘已满）")
        }
    }
}
