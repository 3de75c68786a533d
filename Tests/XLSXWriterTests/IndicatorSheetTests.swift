import ReportModel
import Foundation
import ReportModel
import Testing

/// The indicator worksheet of the invented 临江区 report, checked in its XML.
@Suite struct IndicatorSheetTests {
    let package: XLSXPackage

    init() throws {
        package = try Writing.xlsx(SampleReports.report).package
    }

    @Test func titleIsMergedAcrossTheTableAndHeaderShowsTheTablesColumnNames() {
        #expect(package.text("A1") == "临江区2023年主要指标完成情况")
        #expect(package.sheet1.contains("<mergeCell ref=\"A1:F1\"/>"))
        #expect(["A2", "B2", "C2", "D2", "E2", "F2"].compactMap { package.text($0) }
            == ["分类", "指标", "单位", "2025年目标", "2023年完成", "完成情况"])
    }

    @Test func categoriesAreMergedDownOverTheirRows() {
        for ref in ["A3:A4", "A5:A8", "A9:A13"] {
            #expect(package.sheet1.contains("<mergeCell ref=\"\(ref)\"/>"), "缺少合并 \(ref)")
        }
        #expect(package.sheet1.contains("<mergeCells count=\"4\">"))
        #expect(package.text("A3") == "学前教育")
        #expect(package.text("A5") == "义务教育")
        #expect(package.text("A9") == "高中阶段教育")
    }

    @Test func figuresAreNumbersWithTheirWrittenDecimals() throws {
        #expect(package.cell("D3") == "<c r=\"D3\" s=\"6\"><v>3.4</v></c>")
        let d4 = try #require(package.cell("D4"))
        #expect(!d4.contains("t=\"s\"") && d4.contains("<v>92</v>"))
        #expect(try #require(package.cell("E11")).contains("<v>0.87</v>"))
        #expect(try #require(package.cell("D10")).contains("<v>1.5</v>"))
        // Each cell's style carries the decimals: 1.50 keeps "0.00", 92 gets "0", 3.4 gets "0.0".
        #expect(numberFormat(of: "D10") == "0.00")
        #expect(numberFormat(of: "D4") == "0")
        #expect(numberFormat(of: "D3") == "0.0")
    }

    @Test func comparatorTargetsStayNumericAndShowTheirComparator() throws {
        let d8 = try #require(package.cell("D8"))
        #expect(!d8.contains("t=\"s\"") && d8.contains("<v>98.5</v>"))
        #expect(numberFormat(of: "D8") == "&quot;&gt;&quot;0.0")
        #expect(numberFormat(of: "D12") == "&quot;&gt;&quot;0.00")
    }

    @Test func nonNumericValuesAreText() {
        #expect(package.text("D13") == "100：12.8")
        #expect(package.text("E13") == "100：13.5")
        #expect(package.cell("D13")?.contains("t=\"s\"") == true)
    }

    @Test func partsThatAddUpBecomeSumFormulasWithTheModelsValueCached() throws {
        #expect(package.sheet1.contains("<c r=\"D5\" s=\"6\"><f>SUM(D6:D7)</f><v>7.2</v></c>"))
        #expect(package.sheet1.contains("<f>SUM(E6:E7)</f><v>6.8</v>"))
        #expect(package.sheet1.contains("<f>SUM(E10:E11)</f><v>2.35</v>"))
        // 1.50 + 1.20 is not 2.60: the target stays a plain number.
        let d9 = try #require(package.cell("D9"))
        #expect(!d9.contains("<f>") && d9.contains("<v>2.6</v>"))
        #expect(package.sheet1.components(separatedBy: "<f>").count - 1 == 3)
    }

    @Test func partsAreIndentedAndTheFirstOneSaysQiZhong() throws {
        #expect(package.text("B6") == "其中：普通小学")
        #expect(package.text("B7") == "普通初中")
        #expect(package.text("B5") == "在校学生数")
        let indented = try #require(styleIndex(of: "B6"))
        #expect(styleIndex(of: "B7") == indented)
        #expect(cellXfs[indented].contains("indent=\"1\""))
        #expect(!cellXfs[try #require(styleIndex(of: "B5"))].contains("indent="))
    }

    @Test func statusHonoursTheComparatorAndIsBlankWhenNotComparable() {
        // 2025年目标 in a report dated 2024年1月15日: a miss is still on the way.
        #expect(package.text("F3") == "推进中")  // 3.1 < 3.4
        #expect(package.text("F4") == "已完成")  // 93.5 ≥ 92
        #expect(package.text("F8") == "已完成")  // 99.2 > 98.5
        #expect(package.text("F12") == "推进中")  // 98.20 is not > 98.50
        #expect(package.cell("F13")?.contains("<v>") == false)  // 100：12.8 cannot be compared
        #expect(package.text("C13") == nil)
    }

    /// The same table once the target's period is over (a report dated 2026), or with target and actual
    /// of the same year: the misses are 未完成, as `indicator.target-unmet` then reports them.
    @Test(arguments: [("2026年3月1日", "2025年目标"), ("2024年1月15日", "2023年目标")])
    func missesAreUnmetOnceTheTargetPeriodIsOver(date: String, targetHeader: String) throws {
        var report = SampleReports.report
        report.metadata.date = MetadataField(text: date, range: report.metadata.date!.range)
        report.indicatorTables[0].targetHeader = targetHeader
        let package = try Writing.xlsx(report).package
        #expect(package.text("F3") == "未完成")
        #expect(package.text("F12") == "未完成")
        #expect(package.text("F4") == "已完成")
    }

    @Test func unmetRowsAreHighlightedByAConditionalFormat() {
        #expect(package.sheet1.contains(
            "<conditionalFormatting sqref=\"B3:F13\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"1\"><formula>$F3=\"未完成\"</formula></cfRule></conditionalFormatting>"))
        #expect(package.styles.contains("<dxfs count=\"1\"><dxf><font><color rgb=\"FF9C0006\"/></font><fill><patternFill><bgColor rgb=\"FFFFC7CE\"/>"))
    }

    @Test func headerIsFrozenAndFilterable() {
        #expect(package.sheet1.contains("<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(package.sheet1.contains("<autoFilter ref=\"A2:F13\"/>"))
        #expect(package.workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'主要指标'!$A$2:$F$13</definedName>"))
    }

    @Test func printsOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() {
        #expect(package.sheet1.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"))
        #expect(package.sheet1.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(package.workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'主要指标'!$2:$2</definedName>"))
    }

    @Test func everyCellFormatUsesSongti() throws {
        let fonts = try #require(XLSXPackage.between(package.styles, "<fonts", "</fonts>"))
        let fontList = fonts.components(separatedBy: "<font>").dropFirst()
        #expect(fontList.count >= 3)
        // Font 0 is libxlsxwriter's default for unformatted cells; every format we made uses 宋体.
        #expect(fontList.dropFirst().allSatisfy { $0.contains("<name val=\"宋体\"/>") })
        let usedStyles = Set(package.sheet1.matches(of: /s="(\d+)"/).map { Int($0.1)! })
        for style in usedStyles {
            #expect(!cellXfs[style].contains("fontId=\"0\""), "样式 \(style) 没有使用宋体")
        }
        #expect(fontList.dropFirst().first?.contains("<b/>") == true)  // the title is bold
    }

    @Test func columnWidthsFollowTheDisplayWidthOfTheText() throws {
        let widths = Dictionary(uniqueKeysWithValues: package.sheet1.matches(of: /<col min="(\d+)" max="\d+" width="([\d.]+)"/)
            .map { (Int($0.1)!, Double($0.2)!) })
        let category = try #require(widths[1]), name = try #require(widths[2]), unit = try #require(widths[3])
        let target = try #require(widths[4])
        // 九年义务教育巩固率 is 18 wide (full-width characters count 2), 高中阶段教育 12, 2025年目标 10.
        #expect(name >= 18 && name <= 24)
        #expect(category >= 12 && category <= 16)
        #expect(name > unit)
        #expect(target >= 10)
    }

    // MARK: - Helpers

    var cellXfs: [String] {
        let section = XLSXPackage.between(package.styles, "<cellXfs", "</cellXfs>") ?? ""
        return section.components(separatedBy: "<xf ").dropFirst().map { $0 }
    }

    func styleIndex(of reference: String) -> Int? {
        guard let cell = package.cell(reference), let match = cell.firstMatch(of: /s="(\d+)"/) else { return nil }
        return Int(match.1)
    }

    /// The number format code of a cell's style.
    func numberFormat(of reference: String) -> String? {
        guard let style = styleIndex(of: reference),
              let id = cellXfs[style].firstMatch(of: /numFmtId="(\d+)"/).map({ String($0.1) }),
              let match = package.styles.firstMatch(of: try! Regex("numFmtId=\"\(id)\" formatCode=\"([^\"]*)\""))
        else { return nil }
        return match.output[1].substring.map(String.init)
    }
}
