import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the worksheets of an `.xlsx` workbook given by a user into `SpreadsheetSheet`s, with the
/// Word reader's guards: the zip is read by `ZipDirectory` and `PartExtractor` (no trap on a damaged
/// or crafted archive, all parts together at most `DocxLimits.expandedBytes` expanded), and every XML
/// part by `XMLPartParser` (no DTD, bounded depth and text). Damage is said in Chinese.
public enum SpreadsheetReader {
    /// At most this many cells are read from one workbook: a data form has a few hundred.
    public static let cellLimit = 200_000

    /// The OLE2 compound-file signature of `.xls` files and of encrypted Office documents.
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The worksheets of the workbook in `data`, in the workbook's order.
    public static func read(data: Data, path: String) throws(ReadError) -> [SpreadsheetSheet] {
        guard !data.isEmpty else { throw ReadError(.empty, path: path, detail: "文件是空的") }
        if data.starts(with: oleSignature) {
            throw ReadError(.unsupportedFormat, path: path,
                            detail: "这是旧版 Excel 文件（.xls）或设置了打开密码的文件，无法读取；请在 Excel 中取消密码并另存为 .xlsx 后重试")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw ReadError(.unsupportedFormat, path: path, detail: "不是有效的 .xlsx 文件（文件不是 zip 压缩包）；请用 Excel 另存为 .xlsx")
        }
        let package = Package(zip: try OfficeZip(data: data, path: path, application: .excel))
        guard let workbook = try package.part("xl/workbook.xml") else {
            throw ReadError(.malformed, path: path, detail: "不是 Excel 工作簿：压缩包里没有 xl/workbook.xml")
        }
        let sheets = try package.parse(workbook, "xl/workbook.xml", into: WorkbookParser()).sheets
        let relations = try package.part("xl/_rels/workbook.xml.rels").map { data throws(ReadError) in
            try package.parse(data, "xl/_rels/workbook.xml.rels", into: RelationshipParser()).targets
        } ?? [:]
        let strings = try package.part("xl/sharedStrings.xml").map { data throws(ReadError) in
            try package.parse(data, "xl/sharedStrings.xml", into: SharedStringParser()).strings
        } ?? []
        let formats = try package.part("xl/styles.xml").map { data throws(ReadError) in
            try package.parse(data, "xl/styles.xml", into: StyleParser()).formatCodes
        } ?? []
        var result: [SpreadsheetSheet] = []
        var budget = cellLimit
        for (name, relation) in sheets {
            guard let target = relation.flatMap({ relations[$0] }) else { continue }
            let partName = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let part = try package.part(partName) else { continue }
            let parser = try package.parse(part, partName, into: WorksheetParser(strings: strings, formats: formats, budget: budget))
            if parser.overBudget {
                throw ReadError(.malformed, path: path, detail: "工作簿的单元格超过 \(cellLimit) 个，远多于填报表应有的数量，已拒绝读取")
            }
            budget -= parser.cells.count
            result.append(SpreadsheetSheet(name: name, cells: parser.cells))
        }
        return result
    }

    /// Text with OOXML's `_xHHHH_` escapes decoded (ECMA-376 Part 1, 22.9.2.19): Excel writes a
    /// carriage return pasted from Word as `_x000D_`, and a literal `_x` as `_x005F_x`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }

    /// The zip and its one expansion limit, and the workbook's XML parts parsed under the guards.
    private struct Package {
        let zip: OfficeZip
        var path: String { zip.path }

        func part(_ name: String) throws(ReadError) -> Data? { try zip.part(name) }

        func parse<Parser: CompletableParser>(_ data: Data, _ name: String, into parser: Parser) throws(ReadError) -> Parser {
            do {
                try XMLPartParser.parse(data, into: parser) { parser.isComplete }
            } catch {
                throw ReadError(.malformed, path: path, detail: error.detail(part: name, document: "Excel 工作簿"))
            }
            return parser
        }
    }
}

/// A delegate that knows whether it saw its root element close.
private class CompletableParser: NSObject, XMLParserDelegate {
    private var depth = 0
    private(set) var sawRoot = false
    var isComplete: Bool { sawRoot && depth == 0 }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        start(elementName, attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        end(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func text(_ string: String) {}
}

/// `xl/workbook.xml`: the sheets' names and relationship ids, in order.
private final class WorkbookParser: CompletableParser {
    var sheets: [(name: String, relation: String?)] = []

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "sheet", let sheetName = attributes["name"] else { return }
        sheets.append((sheetName, OOXML.attribute("id", in: attributes)))
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id → target part.
private final class RelationshipParser: CompletableParser {
    var targets: [String: String] = [:]

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// `xl/sharedStrings.xml`: each `si`'s text, runs joined, phonetic hints (`rPh`) left out.
private final class SharedStringParser: CompletableParser {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var phonetic = 0

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "si":
            strings.append(SpreadsheetReader.unescaped(current ?? ""))
            current = nil
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText, current != nil { current! += string }
    }
}

/// `xl/styles.xml`: the number format code of each cell style (`cellXfs`), by style index.
private final class StyleParser: CompletableParser {
    private var customCodes: [Int: String] = [:]
    private var styleFormats: [Int] = []
    private var inCellStyles = false

    /// The built-in formats a data form meets (ECMA-376 Part 1, 18.8.30); 14–22 and the East Asian
    /// 27–36, 50–58 are dates.
    static let builtIn: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
        14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 22: "yyyy-mm-dd h:mm",
        27: "yyyy\"年\"m\"月\"", 31: "yyyy\"年\"m\"月\"d\"日\"", 57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
    ]

    var formatCodes: [String?] {
        styleFormats.map { id in id == 0 ? nil : customCodes[id] ?? Self.builtIn[id] ?? "" }
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customCodes[id] = code
            }
        case "cellXfs": inCellStyles = true
        case "xf" where inCellStyles:
            styleFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellStyles = false }
    }
}

/// One worksheet's `sheetData`: each `c` with its type (`s` shared string, `inlineStr`, `str`
/// formula string, `b`, `e`, else a number) and its `v` or `is/t` text.
private final class WorksheetParser: CompletableParser {
    let strings: [String]
    let formats: [String?]
    var budget: Int
    var cells: [SpreadsheetSheet.Address: SpreadsheetSheet.Value] = [:]
    private(set) var overBudget = false
    private var row = 0
    private var column = 0
    private var type: String?
    private var style = 0
    private var value: String?
    private var inline: String?
    private var inValue = false
    private var inInlineText = false
    private var phonetic = 0

    init(strings: [String], formats: [String?], budget: Int) {
        self.strings = strings
        self.formats = formats
        self.budget = budget
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            column = 0
        case "c":
            if let reference = attributes["r"], let address = SpreadsheetSheet.Address(reference: reference) {
                row = address.row
                column = address.column
            } else {
                column += 1
            }
            type = attributes["t"]
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = nil
            inline = nil
        case "v": inValue = true; value = ""
        case "is": inline = ""
        case "rPh": phonetic += 1
        case "t": inInlineText = inline != nil && phonetic == 0
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "rPh": phonetic -= 1
        case "c": finishCell()
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue { value! += string } else if inInlineText { inline! += string }
    }

    private func finishCell() {
        let result: SpreadsheetSheet.Value?
        switch type {
        case "s":
            result = value.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                .flatMap { strings.indices.contains($0) ? .text(strings[$0]) : nil }
        case "inlineStr": result = (inline ?? value).map { .text(SpreadsheetReader.unescaped($0)) }
        case "str": result = value.map { .text(SpreadsheetReader.unescaped($0)) }
        case "b": result = value.map { .boolean($0 == "1") }
        case "e": result = value.map { .error($0) }
        default:
            let format = formats.indices.contains(style) ? formats[style] : nil
            result = value.map { .number($0.trimmingCharacters(in: .whitespaces), format: format) }
        }
        guard let result, row > 0, column > 0 else { return }
        guard budget > 0 else { overBudget = true; return }
        budget -= 1
        cells[SpreadsheetSheet.Address(row: row, column: column)] = result
    }
}
