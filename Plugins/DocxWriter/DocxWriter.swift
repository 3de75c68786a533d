import Foundation
import ReportModel
import ReportPluginKit
import ZIPFoundation

/// Writes a report as a Word document in the GB/T 9704-2012 layout (A4, the standard margins,
/// 仿宋_GB2312 三号 body at a fixed 28-point line spacing, 方正小标宋简体 title, 黑体 and 楷体 headings),
/// with named styles a clerk can change, indicator tables as Word tables, and deterministic bytes.
public struct DocxWriter: ReportWriter {
    public let id = "docx"
    public let fileExtension = "docx"
    public let title = "Word 文档（GB/T 9704 公文格式）"
    public let mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    public let label = "Word 文档"
    public let fileNameSuffix = ""

    /// The modification date of every zip entry, fixed so that the same report gives the same file.
    static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    public init() {}

    public func write(_ report: Report, to destination: URL, options: WriterOptions) throws {
        try data(for: report, options: options).write(to: destination)
    }

    /// The `.docx` bytes for `report`.
    public func data(for report: Report, options: WriterOptions = WriterOptions()) throws -> Data {
        let reference = try options.referenceDocument.map { file throws(WriterError) in try ReferenceDocument(file) }
        let hasTheme = reference?.theme != nil
        let renames = reference?.renames ?? [:]
        let pageSetup = reference?.pageSetup ?? .standard
        let document = DocxDocumentBuilder.build(report, sectionProperties: pageSetup.sectionProperties)
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(DocxPackageParts.contentTypes(hasTheme: hasTheme, pageSetup: pageSetup).utf8)),
            ("_rels/.rels", Data(DocxPackageParts.packageRelationships.utf8)),
            ("word/document.xml", Data(StyleNames.apply(renames, to: document).utf8)),
            ("word/_rels/document.xml.rels", Data(DocxPackageParts.documentRelationships(hasTheme: hasTheme, pageSetup: pageSetup).utf8)),
            ("word/styles.xml", Data((reference?.styles ?? DocxStylesheet.xml).utf8)),
            ("word/settings.xml", Data(DocxPackageParts.settings(evenAndOddHeaders: pageSetup.evenAndOddHeaders).utf8)),
            ("word/fontTable.xml", Data(DocxPackageParts.fontTable.utf8)),
        ]
        for part in pageSetup.parts {
            let isOurs = reference?.pageSetup == nil
            parts.append((part.path, isOurs ? Data(StyleNames.apply(renames, to: String(decoding: part.data, as: UTF8.self)).utf8) : part.data))
        }
        if let theme = reference?.theme { parts.append(("word/theme/theme1.xml", theme)) }
        parts.append(("docProps/core.xml", Data(DocxPackageParts.coreProperties(title: report.metadata.title?.text).utf8)))
        parts.append(("docProps/app.xml", Data(DocxPackageParts.appProperties.utf8)))
        return try Self.zip(parts)
    }

    /// A zip of `parts` in the given order, deflated, every entry dated `entryDate`.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
            for (path, data) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw WriterError("无法生成 Word 文档（压缩失败：\(error)）")
        }
        guard let data = archive.data else { throw WriterError("无法生成 Word 文档（压缩失败）") }
        return data
    }
}
