import Foundation
import ReportModel
import ReportReading
import Testing

/// Reads the two `.docx` files python-docx made (another program than ReportKit's writer).
@Suite struct DocxFixtureReadingTests {
    @Test func numberedDocumentResolvesAutomaticNumberingIntoMarkers() throws {
        let document = try DocxFixtures.read("numbered.docx")
        let report = document.report
        #expect(report.locationUnit == .paragraph)
        #expect(document.format == .docx)
        let outline = report.allSections.map { "\($0.marker?.raw ?? "")\($0.title) L\($0.level) 第\($0.line)段" }
        #expect(outline == [
            "一、基本情况 L1 第4段", "二、履行教育职责情况 L1 第6段", "（一）加强党对教育工作的全面领导 L2 第7段",
            "（二）保障教育经费投入 L2 第9段", "1.落实生均公用经费标准 L3 第11段", "2.按时足额拨付各项资金 L3 第12段",
            "三、存在的问题 L1 第18段", "（一）教师结构性缺编 L2 第19段", "四、下一步工作打算 L1 第21段",
        ])
        #expect(report.sections.map(\.role) == [.basicInfo, .findings, .problems, .nextSteps])
        let marker = try #require(report.sections[1].children[1].marker)
        #expect(marker.style == .chineseFullWidthParen && marker.ordinal == 2)
        // The label is not in the text; it is shown at the paragraph's start, so it is quoted there.
        #expect(document.line(7) == "（一）加强党对教育工作的全面领导")
        #expect(marker.range == SourceRange(line: 9, column: 1, length: 3))
    }

    @Test func numberedDocumentMetadataAndText() throws {
        let document = try DocxFixtures.read("numbered.docx")
        let metadata = document.report.metadata
        #expect(metadata.title?.text == "青禾县人民政府关于2024年度履行教育职责情况的自查报告")
        #expect(metadata.title?.range.start.line == 1)
        #expect(metadata.recipients?.text == "市人民政府教育督导委员会")
        #expect(metadata.issuer?.text == "青禾县人民政府")
        #expect(metadata.issuer?.range.start.line == 23)
        #expect(metadata.date?.text == "2025年1月10日")
        #expect(metadata.year == 2024 && metadata.district == "青禾县")
        // A tracked insertion is text; a tracked deletion is not.
        #expect(document.line(8) == "县委常委会每季度专题研究教育工作，全年召开专题会议6次，形成了齐抓共管的工作格局。")
        // The hyperlink's text is part of its paragraph.
        #expect(document.line(10)?.hasSuffix("详见县财政局公开信息：县财政局网站") == true)
        // Headers, footers and comments are not report text.
        for line in document.lines {
            #expect(!line.contains("页眉") && !line.contains("页脚") && !line.contains("批注") && !line.contains("删除"))
        }
        #expect(document.lines.count == 24)
        guard case .item(let second)? = document.report.sections[3].blocks.last else {
            Issue.record("下一步工作打算 should end with 二是")
            return
        }
        #expect(second.raw == "二是" && second.range.start == SourcePosition(line: 22, column: 10))
    }

    @Test func numberedDocumentTableWithMergedCells() throws {
        let document = try DocxFixtures.read("numbered.docx")
        // Rows are lines 13–17; a vertical merge's continuation and a horizontal span are empty cells.
        #expect(document.line(15) == "\t生均校舍建筑面积\t平方米\t≥8\t8.6")
        #expect(document.line(17) == "备注：数据截至2024年12月31日,下同\t\t\t\t")
        let table = try #require(document.report.indicatorTables.first)
        #expect(table.indicators.map(\.name) == ["生均教学仪器设备值", "生均校舍建筑面积", "专任教师本科以上学历比例"])
        #expect(table.indicators.map(\.category) == ["办学条件", "办学条件", "教师队伍"])
        let teachers = table.indicators[2]
        #expect(teachers.target == IndicatorValue(comparator: .greaterThanOrEqual, value: 85))
        #expect(teachers.actual == IndicatorValue(value: 80))
        #expect(teachers.missesTarget)
        #expect(teachers.line == 16)
        // A cell's position says its table, row and column.
        let locator = try #require(document.paragraphLocator)
        let actualCell = try #require(document.report.allBlocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table } else { return nil }
        }.first?.rows[3][4])
        #expect(actualCell.text == "80")
        #expect(locator.location(of: actualCell.range.start).description == "表1第4行第5列")
        #expect(locator.location(of: SourcePosition(line: 8, column: 3)).description == "第8段（“县委常委会每季度专题…”）")
        // After the table's five rows, line 20 is the 15th paragraph; JSON's raw index counts from 0.
        let after = locator.location(of: SourcePosition(line: 20, column: 1))
        #expect(after.paragraph == 15 && after.paragraphIndex == 14)
    }

    @Test func libreOfficeResaveReadsTheSame() throws {
        // LibreOffice rewrites numbering.xml, styles and comments in its own way; the report is unchanged.
        let original = try DocxFixtures.read("numbered.docx")
        let resaved = try DocxFixtures.read("numbered-libreoffice.docx")
        #expect(resaved.lines == original.lines)
        #expect(ModelOutline.of(resaved.report) == ModelOutline.of(original.report))
    }

    @Test func styledDocumentTakesHeadingsFromStylesByNameAndOutlineLevel() throws {
        let document = try DocxFixtures.read("styled.docx")
        let report = document.report
        let outline = report.allSections.map { "\($0.marker?.raw ?? "")\($0.title) L\($0.level) 第\($0.line)段" }
        #expect(outline == [
            "基本情况 L1 第4段", "自查情况 L1 第6段", "校园安全管理 L2 第7段", "门卫制度 L3 第8段",
            "（二）食品安全 L2 第10段", "存在问题 L1 第13段",
        ])
        #expect(report.sections.map(\.role) == [.basicInfo, .findings, .problems])
        #expect(report.metadata.title?.text == "青禾县教育局关于学校安全工作的自查报告")
        #expect(report.metadata.recipients?.text == "县人民政府")
        #expect(report.metadata.issuer?.text == "青禾县教育局")
        #expect(report.metadata.date?.text == "2025年2月3日")
    }

    @Test func styledDocumentReadsOneAlternateBranchFieldResultsAndContentControls() throws {
        let document = try DocxFixtures.read("styled.docx")
        // mc:AlternateContent has the comma in both branches: it must appear once.
        #expect(document.line(9) == "　　各校严格执行来访登记制度，外来人员一律登记后进入。")
        // The field's result is text; its code (MERGEFIELD) is not.
        #expect(document.line(11) == "　　全县共检查食堂52所，发现问题3个。")
        #expect(document.line(12) == "　　内容控件中的段落也是正文。")
        // Columns count Characters behind the full-width indent.
        let problems = try #require(document.report.sections.last)
        guard case .paragraph(let paragraph)? = problems.blocks.first else {
            Issue.record("存在问题 should start with a paragraph")
            return
        }
        #expect(paragraph.text == "个别学校监控设备老化.")
        #expect(paragraph.span.range(ofCharacters: 10..<11) == SourceRange(line: 14, column: 13, length: 1))
        guard case .table(let table)? = problems.blocks.last else {
            Issue.record("存在问题 should end with the table")
            return
        }
        #expect(table.rows.map { $0.map(\.text) } == [["安全检查汇总", "", ""], ["项目", "数量", "整改"], ["消防", "12", "已整改"]])
    }
}
