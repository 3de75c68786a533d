import Foundation
import ReportPluginKit

/// The styles, theme and page setup taken from a district's own template, as pandoc's `--reference-doc` does:
/// its `word/styles.xml` replaces the built-in one
/// and its section properties (with the headers and footers they name) replace the standard page. Styles are matched by name (the template's
/// `heading 1` may have the id `1`): paragraphs name the template's id, and any style this writer uses
/// that the template lacks is added from the built-in set, so that every paragraph still has its style.
struct ReferenceDocument {
    var styles: String
    var theme: Data?
    /// The template's page setup (margins, grid, headers and footers), when its body has one.
    var pageSetup: PageSetup?
    /// This writer's style id → the template's id for the style of the same name.
    var renames: [String: String]

    init(_ file: WriterOptions.ReferenceFile) throws(WriterError) {
        let name = file.name
        guard let stylesData = Self.part("word/styles.xml", of: file),
              let styles = String(data: stylesData, encoding: .utf8) else {
            throw WriterError("参考文档 \(name) 中没有可用的样式（word/styles.xml）")
        }
        guard styles.contains("\"\(DocxPackageParts.mainNamespace)\""), styles.contains("</w:styles>") else {
            throw WriterError("参考文档 \(name) 的样式表格式无法识别（word/styles.xml）")
        }
        let template = StyleNames(styles)
        self.renames = template.renaming(StyleNames(DocxStylesheet.xml))
        self.styles = Self.completing(styles, template: template, renames: renames)
        self.theme = Self.part("word/theme/theme1.xml", of: file)
        self.pageSetup = TemplatePageSetup.read { Self.part($0, of: file) }
    }

    /// The part at `path`, or failing that the one whose name differs only in ASCII case (OPC part
    /// names are case-insensitive).
    private static func part(_ path: String, of file: WriterOptions.ReferenceFile) -> Data? {
        if let data = file.parts[path] { return data }
        let lowered = path.lowercased()
        return file.parts.first { $0.key.lowercased() == lowered }?.value
    }

    /// The template's styles with the built-in definitions of the styles it lacks (by id and by
    /// name) appended, their references to renamed styles pointing at the template's ids.
    static func completing(_ styles: String, template: StyleNames, renames: [String: String]) -> String {
        let missing = DocxStylesheet.styles.filter { !template.definedIDs.contains($0.id) && renames[$0.id] == nil }
        guard !missing.isEmpty, let end = styles.range(of: "</w:styles>", options: .backwards) else { return styles }
        let added = StyleNames.apply(renames, to: missing.map(\.xml).joined())
        return styles.replacingCharacters(in: end, with: added + "</w:styles>")
    }
}
