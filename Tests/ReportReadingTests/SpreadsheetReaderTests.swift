import Foundation
import ReportReading
import Testing
import TestSupport

/// The workbook reader behind `draft --data 填报表.xlsx`: the cell kinds other programs write
/// (shared strings with rich-text runs and phonetic hints, inline strings, numbers with their number
/// format, booleans, errors), and the Word reader's guards against damaged and crafted files.
struct SpreadsheetReaderTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A one-sheet workbook named `数据` whose `sheetData` is `rows`.
    static func workbook(rows: String, sharedStrings: String? = nil, styles: String? = nil) throws -> Data {
        var parts: [(String, String)] = [
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" xmlns:r="\(relations)"><sheets>\
                <sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relations)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"),
        ]
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(sharedStrings)</sst>")) }
        if let styles { parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>")) }
        return try PackageEditing.zip(parts)
    }

    static func failure(_ data: Data) -> String? {
        do {
            _ = try SpreadsheetReader.read(data: data, path: "表.xlsx")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func everyKindOfCell() throws {
        let data = try Self.workbook(
            rows: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>内联文字</t></is></c>\
                <c r="C1" t="str"><f>A1</f><v>公式结果</v></c></row>\
                <row r="3"><c r="A3"><v>93.4</v></c><c r="B3" s="1"><v>24.1</v></c><c r="C3" s="2"><v>45195</v></c>\
                <c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#DIV/0!</v></c><c r="AA3"><v>1E-3</v></c></row>
                """,
            sharedStrings: "<si><r><t>富文本</t></r><r><t>两段</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>",
            styles: """
                <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>\
                <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="2"/><xf numFmtId="164"/></cellXfs>
                """)
        let sheets = try SpreadsheetReader.read(data: data, path: "表.xlsx")
        #expect(sheets.map(\.name) == ["数据"])
        let sheet = try #require(sheets.first)
        #expect(sheet[1, 1] == .text("富文本两段"))
        #expect(sheet[1, 2] == .text("内联文字"))
        #expect(sheet[1, 3] == .text("公式结果"))
        #expect(sheet[3, 1] == .number("93.4", format: nil))
        #expect(sheet[3, 2] == .number("24.1", format: "0.00"))
        #expect(sheet[3, 3] == .number("45195", format: "yyyy\"年\"m\"月\"d\"日\""))
        #expect(sheet[3, 4] == .boolean(true))
        #expect(sheet[3, 5] == .error("#DIV/0!"))
        #expect(sheet[3, 27] == .number("1E-3", format: nil))
        #expect(sheet.lastRow == 3)
    }

    @Test func cellReferences() {
        #expect(SpreadsheetSheet.Address(reference: "B3") == .init(row: 3, column: 2))
        #expect(SpreadsheetSheet.Address(reference: "AA10") == .init(row: 10, column: 27))
        #expect(SpreadsheetSheet.Address(reference: "3B") == nil)
        #expect(SpreadsheetSheet.Address(reference: "A0") == nil)
        #expect(SpreadsheetSheet.Address.columnName(27) == "AA")
    }

    @Test func aDTDIsRefusedBeforeParsing() throws {
        let bomb = """
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\
            <sst xmlns="\(Self.main)"><si><t>&lol2;</t></si></sst>
            """
        var data = try Self.workbook(rows: "")
        data = try PackageEditing.editing(data, part: "xl/worksheets/sheet1.xml") { _ in bomb }
        #expect(Self.failure(data) == "表.xlsx: xl/worksheets/sheet1.xml 第 1 行含有 DTD 声明（<!DOCTYPE>），Excel 工作簿不允许，可能是恶意构造的文件，已拒绝读取")
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "<x>", count: 300) + String(repeating: "</x>", count: 300)
        let data = try Self.workbook(rows: "<row r=\"1\">\(deep)</row>")
        #expect(Self.failure(data)?.contains("元素嵌套超过 256 层") == true)
    }

    @Test func filesThatAreNotWorkbooks() throws {
        #expect(Self.failure(Data()) == "表.xlsx: 文件是空的")
        #expect(Self.failure(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])) ==
            "表.xlsx: 这是旧版 Excel 文件（.xls）或设置了打开密码的文件，无法读取；请在 Excel 中取消密码并另存为 .xlsx 后重试")
        #expect(Self.failure(try PackageEditing.zip([("word/document.xml", "<w/>")])) ==
            "表.xlsx: 不是 Excel 工作簿：压缩包里没有 xl/workbook.xml")
        let cut = try Self.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        #expect(Self.failure(cut.prefix(cut.count - 30))?.hasPrefix("表.xlsx: 文件已损坏：") == true)
    }
}

extension SpreadsheetReaderTests {
    /// Only the rows that hold cells are listed, however far down a stray cell sits.
    @Test func occupiedRowsSkipTheEmptyOnes() throws {
        let data = try Self.workbook(rows: """
            <row r="2"><c r="B2"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>2</v></c></row>
            """)
        let sheet = try #require(try SpreadsheetReader.read(data: data, path: "表.xlsx").first)
        #expect(sheet.occupiedRows == [2, 1_048_576])
        #expect(sheet.lastRow == 1_048_576)
    }
}

extension SpreadsheetReaderTests {
    /// A part declaring that it inflates past the 200 MB limit is refused before anything is
    /// inflated, as in a `.docx` (the shared `PartExtractor`).
    @Test func aDecompressionBombIsRefused() throws {
        // 600 KB of random letters (some 370 KB deflated), from which 250 MB is a size deflate could reach.
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<600_000).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x41...0x5A, using: &generator))) }
        var data = try Self.workbook(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(String(noise))</t></is></c></row>")
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        // The central directory header of the sheet: signature PK\1\2, its name 46 bytes in.
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x50, 0x4B, 1, 2]
        func isSheetHeader(_ offset: Int) -> Bool {
            Array(bytes[offset..<(offset + 4)]) == signature && Array(bytes[(offset + 46)..<(offset + 46 + name.count)]) == name
        }
        let header = try #require((0..<(bytes.count - 46 - name.count)).first(where: isSheetHeader))
        let declared: UInt32 = 250 * 1024 * 1024
        for index in 0..<4 { data[header + 24 + index] = UInt8(truncatingIfNeeded: declared >> (8 * index)) }
        #expect(Self.failure(data) == "表.xlsx: xl/worksheets/sheet1.xml 解压后超过 200 MB 的上限，远大于正常的填报表，可能是恶意构造的压缩炸弹，已拒绝读取")
    }
}

extension SpreadsheetReaderTests {
    /// Excel's `_xHHHH_` escapes: a carriage return pasted from Word, a literal `_x`.
    @Test func escapedCharactersAreDecoded() throws {
        let data = try Self.workbook(
            rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>x_x005F_x0041_</t></is></c></row>",
            sharedStrings: "<si><t>第一段。_x000D_\n第二段。_xZZ_</t></si>")
        let sheet = try #require(try SpreadsheetReader.read(data: data, path: "表.xlsx").first)
        #expect(sheet[1, 1] == .text("第一段。\r\n第二段。_xZZ_"))
        #expect(sheet[1, 2] == .text("x_x0041_"))
    }
}
