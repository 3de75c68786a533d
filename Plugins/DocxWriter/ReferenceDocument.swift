import Foundation
import ReportPluginKit
import ZIPFoundation

/// The styles (and theme) taken from a district's own template, as pandoc's `--reference-doc` does:
/// its `word/styles.xml` replaces the built-in one, with any style this writer uses but the template
/// lacks added from the built-in set, so that every paragraph still has its style.
struct ReferenceDocument {
    var styles: String
    var theme: Data?

    init(url: URL) throws(WriterError) {
        let name = url.lastPathComponent
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw WriterError("参考文档 \(name) 无法打开：不是有效的 .docx 文件（或文件不存在）")
        }
        guard let stylesData = Self.extract("word/styles.xml", from: archive),
              let styles = String(data: stylesData, encoding: .utf8) else {
            throw WriterError("参考文档 \(name) 中没有可用的样式（word/styles.xml）")
        }
        guard styles.contains("\"\(DocxPackageParts.mainNamespace)\""), styles.contains("</w:styles>") else {
            throw WriterError("参考文档 \(name) 的样式表格式无法识别（word/styles.xml）")
        }
        self.styles = Self.completing(styles)
        self.theme = Self.extract("word/theme/theme1.xml", from: archive)
    }

    private static func extract(_ path: String, from archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            return nil
        }
        return data
    }

    /// The template's styles with the built-in definitions of the styles it lacks appended.
    static func completing(_ styles: String) -> String {
        let missing = DocxStylesheet.styles.filter { !styles.contains("w:styleId=\"\($0.id)\"") }
        guard !missing.isEmpty, let end = styles.range(of: "</w:styles>", options: .backwards) else { return styles }
        return styles.replacingCharacters(in: end, with: missing.map(\.xml).joined() + "</w:styles>")
    }
}
