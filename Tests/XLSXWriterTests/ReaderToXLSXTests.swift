import Foundation
import ReportModel
import ReportReading
import TestSupport
import Testing

/// Drafts read by the real reader and written to XLSX: an invented fixture and seed 002's table.
@Suite struct ReaderToXLSXTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    }

    @Test func inventedMarkdownDraftBecomesTheAppendix() throws {
        let url = try Self.fixture("appendix.md")
        let report = try ReportReader.read(contentsOf: url, displayPath: "appendix.md").report
        let package = try Writing.xlsx(report).package
        #expect(package.text("A1") == "临江区2023年主要指标完成情况")
        #expect(package.text("D2") == "2025年目标")
        #expect(package.sheet1.contains("<f>SUM(D6:D7)</f><v>7.2</v>"))
        #expect(package.sheet1.contains("<f>SUM(E6:E7)</f><v>6.8</v>"))
        #expect(package.text("B6") == "其中：普通小学")
        #expect(package.text("D9") == "98.5")  // ≥98.50, numeric
        #expect(package.text("F9") == "推进中")  // 2025年目标, 2023年完成, dated 2024
        #expect(package.text("D10") == "100：12.8")
        #expect(package.text("F10") == nil)
        #expect(package.sheet1.contains("<mergeCell ref=\"A3:A4\"/>"))
        #expect(package.sheet1.contains("<mergeCell ref=\"A5:A8\"/>"))
        #expect(package.sheet1.contains("<mergeCell ref=\"A9:A10\"/>"))
        #expect(package.styles.contains("formatCode=\"&quot;≥&quot;0.00\""))
        #expect(package.core.contains("<dc:creator>临江区人民政府办公室</dc:creator>"))
        #expect(package.core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-15T00:00:00Z</dcterms:created>"))
    }

    @Test(.enabled(if: Seeds.available, Seeds.skipMessage))
    func seed002IndicatorTable() throws {
        let report = try ReportReader.read(contentsOf: Seeds.url("002"), displayPath: "002.txt").report
        let (package, url) = try Writing.xlsx(report)
        #expect(package.text("A1") == "荣昌区2022年主要指标完成情况")
        #expect(package.text("D2") == "2025年主要目标")
        #expect(package.text("E2") == "2023年1—6月完成")
        for ref in ["A3:A5", "A6:A9", "A10:A13", "A14:A15"] {
            #expect(package.sheet1.contains("<mergeCell ref=\"\(ref)\"/>"), "缺少合并 \(ref)")
        }
        #expect(package.text("A3") == "学前教育")
        // 在校学生数 7.2 = 4.5 + 2.7 and 6.53 = 4.06 + 2.47; 2.45 = 1.45 + 1 and 2.13 = 1.46 + 0.67.
        #expect(package.sheet1.contains("<f>SUM(D7:D8)</f><v>7.2</v>"))
        #expect(package.sheet1.contains("<f>SUM(E7:E8)</f><v>6.53</v>"))
        #expect(package.sheet1.contains("<f>SUM(D11:D12)</f><v>2.45</v>"))
        #expect(package.sheet1.contains("<f>SUM(E11:E12)</f><v>2.13</v>"))
        #expect(package.text("B7") == "其中：普通小学")
        #expect(package.text("D9") == "98.5")
        // 2025年目标 against 2023年1—6月完成, dated 2023年10月30日: misses are 推进中.
        #expect(package.text("F4") == "推进中")  // 89.68 < 95
        #expect(package.text("F9") == "已完成")  // 100 > 98.5
        #expect(package.text("F13") == "已完成")  // 98.96 > 98.50
        #expect(package.text("F15") == "推进中")  // 11 < 12
        #expect(package.text("B16") == nil)
        #expect(package.core.contains("<dc:creator>重庆市荣昌区人民政府办公室</dc:creator>"))
        #expect(package.core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-10-30T00:00:00Z</dcterms:created>"))
        #expect(try Data(contentsOf: url) == Data(contentsOf: Writing.xlsx(report).url))
    }
}
