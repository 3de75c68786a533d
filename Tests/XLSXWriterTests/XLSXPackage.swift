import Foundation
import TestSupport

/// An .xlsx file's parts as text (`PackageParts`), for assertions on the XML.
struct XLSXPackage {
    let parts: [String: String]

    init(url: URL) throws {
        parts = try PackageParts.read(url)
    }

    subscript(path: String) -> String { parts[path] ?? "" }

    var sheet1: String { self["xl/worksheets/sheet1.xml"] }
    var sharedStrings: String { self["xl/sharedStrings.xml"] }
    var styles: String { self["xl/styles.xml"] }
    var workbook: String { self["xl/workbook.xml"] }
    var core: String { self["docProps/core.xml"] }

    /// The XML of the cell at `reference` (`D5`) in `sheet`, or nil when it was not written.
    func cell(_ reference: String, in sheet: String = "xl/worksheets/sheet1.xml") -> String? {
        let xml = self[sheet]
        guard let start = xml.range(of: "<c r=\"\(reference)\"") else { return nil }
        let rest = xml[start.lowerBound...]
        guard let tagEnd = rest.firstIndex(of: ">") else { return nil }
        if rest[rest.index(before: tagEnd)] == "/" { return String(rest[...tagEnd]) }
        guard let close = rest.range(of: "</c>") else { return nil }
        return String(rest[..<close.upperBound])
    }

    /// The shared strings in index order.
    var strings: [String] {
        sharedStrings.components(separatedBy: "<si>").dropFirst().map { item in
            guard let open = item.range(of: ">", range: item.range(of: "<t")!.upperBound..<item.endIndex),
                  let close = item.range(of: "</t>") else { return "" }
            return String(item[open.upperBound..<close.lowerBound])
        }
    }

    /// The text of a cell: its shared string, inline string or value.
    func text(_ reference: String, in sheet: String = "xl/worksheets/sheet1.xml") -> String? {
        guard let cell = cell(reference, in: sheet) else { return nil }
        if cell.contains("t=\"s\""), let index = Int(Self.between(cell, "<v>", "</v>") ?? "") {
            return strings[index]
        }
        if cell.contains("t=\"inlineStr\"") { return Self.between(cell, "<t>", "</t>") ?? Self.between(cell, "\">", "</t>") }
        return Self.between(cell, "<v>", "</v>")
    }

    static func between(_ text: String, _ open: String, _ close: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex)
        else { return nil }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
