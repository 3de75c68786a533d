import Foundation
import ReportModel
@testable import ReportReading
import Testing

/// Automatic numbering counts as Word counts: per abstract list, restarted by overrides and
/// `w:lvlRestart`, set in paragraph styles, in the Chinese formats Word offers.
@Suite struct DocxListCountingTests {
    private static func numbered(_ texts: [(String, Int, Int)]) -> String {
        texts.map { MiniDocx.paragraph($0.0, numId: $0.1, ilvl: $0.2) }.joined()
    }

    @Test func twoInstancesOfOneAbstractListContinueOneCount() throws {
        // Word gives each pasted or re-applied list a new w:num on the same w:abstractNum.
        let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、")])
            + #"<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#
        let body = Self.numbered([("基本情况", 1, 0), ("主要做法", 2, 0), ("存在问题", 2, 0)])
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["一、基本情况", "二、主要做法", "三、存在问题"])
        #expect(document.report.sections.map { $0.marker?.ordinal } == [1, 2, 3])
    }

    @Test func anOverrideRestartsWhereTheInstanceIsFirstUsed() throws {
        let numbering = MiniDocx.list(levels: [("decimal", "%1.")])
            + #"<w:num w:numId="2"><w:abstractNumId w:val="1"/>"#
            + #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
            + #"<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">"#
            + #"<w:start w:val="5"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%1．"/></w:lvl></w:lvlOverride></w:num>"#
        let body = Self.numbered([("甲", 1, 0), ("乙", 1, 0), ("丙", 2, 0), ("丁", 2, 0), ("戊", 3, 0), ("己", 3, 0)])
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["1.甲", "2.乙", "1.丙", "2.丁", "５．戊", "６．己"])
    }

    @Test func startAndLevelRestart() throws {
        // Level 2 (ilvl 1) never restarts (w:lvlRestart 0); level 3 (ilvl 2) restarts only after level 1.
        let numbering = """
            <w:abstractNum w:abstractNumId="1">\
            <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            """
        let body = Self.numbered([
            ("存在问题", 1, 0), ("师资", 1, 1), ("甲", 1, 2), ("经费", 1, 1), ("乙", 1, 2),
            ("下一步", 1, 0), ("队伍", 1, 1), ("丙", 1, 2),
        ])
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["三、存在问题", "（一）师资", "1.甲", "（二）经费", "2.乙", "四、下一步", "（三）队伍", "1.丙"])
    }

    @Test func numberingSetInTheParagraphStyle() throws {
        let numbering = MiniDocx.list(levels: [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")])
        let styles = """
            <w:style w:type="paragraph" w:styleId="Part"><w:name w:val="部分标题"/>\
            <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Group"><w:name w:val="分组标题"/><w:basedOn w:val="Part"/>\
            <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let body = MiniDocx.paragraph("报告") + MiniDocx.paragraph("基本情况", style: "Part")
            + MiniDocx.paragraph("学校", style: "Group") + MiniDocx.paragraph("存在问题", style: "Part")
        let document = try MiniDocx.read(body: body, numbering: numbering, styles: styles)
        #expect(document.lines == ["报告", "一、基本情况", "（一）学校", "二、存在问题"])
    }

    @Test func chineseFormatsAsWordShowsThem() throws {
        let formats: [(String, String)] = [
            ("chineseCounting", "%1、"), ("chineseCountingThousand", "%1、"), ("ideographTraditional", "%1、"),
            ("chineseLegalSimplified", "%1、"), ("ideographLegalTraditional", "%1、"), ("decimalEnclosedCircle", "%1"),
            ("decimalFullWidth", "%1．"),
        ]
        let numbering = formats.enumerated().map { index, format in
            MiniDocx.list(abstractID: index + 1, numID: index + 1, levels: [format])
        }.joined()
        var body = ""
        for numId in 1...formats.count {
            body += Self.numbered([("甲", numId, 0), ("乙", numId, 0), ("丙", numId, 0)])
        }
        let document = try MiniDocx.read(body: body, numbering: numbering)
        let labels = stride(from: 0, to: document.lines.count, by: 3).map {
            document.lines[$0..<$0 + 3].map { String($0.dropLast()) }.joined(separator: " ")
        }
        #expect(labels == [
            "一、 二、 三、", "一、 二、 三、", "甲、 乙、 丙、", "壹、 贰、 叁、",
            // Word's ideographLegalTraditional is the traditional legal form (ECMA-376: 壹, 貳, 參).
            "壹、 貳、 參、", "① ② ③", "１． ２． ３．",
        ])
    }

    @Test func largeCountsInChineseCounting() {
        let counting = [10, 11, 20, 105, 110, 1001].map { ListNumberFormat.format($0, as: "chineseCountingThousand") }
        #expect(counting == ["十", "十一", "二十", "一百〇五", "一百一十", "一千〇一"])
        #expect(ListNumberFormat.format(12, as: "chineseLegalSimplified") == "壹拾贰")
        #expect(ListNumberFormat.format(11, as: "ideographTraditional") == "11")
    }

    @Test func templatesReferToHigherLevels() throws {
        let numbering = MiniDocx.list(levels: [("decimal", "%1."), ("decimal", "%1.%2"), ("chineseCounting", "（%3）")])
        let body = Self.numbered([("总则", 1, 0), ("细则", 1, 1), ("细则", 1, 1), ("条款", 1, 2), ("附则", 1, 0), ("细则", 1, 1)])
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["1.总则", "1.1细则", "1.2细则", "（一）条款", "2.附则", "2.1细则"])
    }

    @Test func legalNumberingShowsHigherLevelsAsDecimals() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            """
        let body = Self.numbered([("总则", 1, 0), ("目的", 1, 1), ("附则", 1, 0), ("施行", 1, 1)])
        let document = try MiniDocx.read(body: body, numbering: numbering)
        #expect(document.lines == ["第一章总则", "1.1目的", "第二章附则", "2.1施行"])
    }
}
