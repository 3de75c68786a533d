import Foundation
import ReportDrafting
import ReportModel
import ReportPluginKit
import Testing
import TestSupport

/// Every mistake a clerk can make in the data form, with the Chinese message naming its cell; all
/// of a workbook's mistakes are reported at once.
struct WorkbookDataErrorTests {
    /// The 澜禾区 form with `change` applied, loaded.
    static func errors(_ change: (inout DataEntryForm) throws -> Void) throws -> [String] {
        var form = try FormWorkbook.form(FormWorkbook.lanhe())
        try change(&form)
        return try FormWorkbook.errors(FormWorkbook.bytes(form))
    }

    static func set(
        _ form: inout DataEntryForm, sheet: String, first: String, column: Int, to cell: DataEntryForm.Cell
    ) throws {
        let at = try FormWorkbook.row(form, sheet: sheet, first: first)
        while form.sheets[at.sheet].rows[at.row].cells.count <= column {
            form.sheets[at.sheet].rows[at.row].cells.append(.empty)
        }
        form.sheets[at.sheet].rows[at.row].cells[column] = cell
    }

    @Test func textInANumberCell() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "在校学生", column: 2, to: .text("四万"))
        } == ["填报表.xlsx: 工作表“基本情况”第7行C列：“本年数”应为数字（不带单位），这里是“四万”"])
    }

    /// A negative typed as text gets past Excel's validation, not past the reader.
    @Test func negativeNumbers() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "在校学生", column: 3, to: .text("-815"))
        } == ["填报表.xlsx: 工作表“基本情况”第7行D列：“上年数”不能为负数，这里是“-815”；减少的数量由上年数和本年数算出，不必写负数"])
    }

    @Test func textInAnIndicatorsActual() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "指标", first: "义务教育", column: 6, to: .text("98.7%"))
        } == ["填报表.xlsx: 工作表“指标”第6行G列：“完成值”应为数字（不带单位），这里是“98.7%”"])
    }

    @Test func missingRequiredCells() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "报告信息", first: "区县名称（必填）", column: 1, to: .empty)
        } == ["填报表.xlsx: 工作表“报告信息”第2行B列：“区县名称”必须填写"])
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "在校学生", column: 1, to: .empty)
        } == ["填报表.xlsx: 工作表“基本情况”第7行B列：数据“在校学生”缺少“单位”"])
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "成效问题措施", first: "存在问题", column: 1, to: .empty)
        } == ["填报表.xlsx: 工作表“成效问题措施”第3行B列：“小标题”必须填写"])
    }

    @Test func aFigureWithoutValueOrParts() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "在校学生", column: 2, to: .empty)
        } == ["填报表.xlsx: 工作表“基本情况”第7行C列：数据“在校学生”既没有“本年数”，也没有构成项（“属于”它的行）"])
    }

    @Test func aValueWithoutAName() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "在校学生", column: 0, to: .empty)
        } == ["填报表.xlsx: 工作表“基本情况”第7行A列：这一行填了数据，但没有填“项目”名称"])
    }

    @Test func anUnknownPointID() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "评价要点", first: "D2", column: 0, to: .text("D9"))
        } == ["填报表.xlsx: 工作表“评价要点”第18行A列：评价方案“2023年对区县人民政府履行教育职责评价方案”中没有编号为“D9”的评价要点（方案中的编号有：A1、A2、B1、B2、B3、C1…）"])
    }

    @Test func aPartOfSomethingNotAbove() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "小学", column: 4, to: .text("共有学校"))
        } == ["填报表.xlsx: 工作表“基本情况”第3行E列：“属于”中的“共有学校”在上面的行中找不到；应填前面某一项的名称"])
    }

    @Test func anUnreadableTargetAndYear() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "指标", first: "学前教育", column: 4, to: .text("九成五"))
            try Self.set(&$0, sheet: "指标", first: "学前教育", column: 5, to: .text("明年"))
        } == [
            "填报表.xlsx: 工作表“指标”第2行E列：目标值“九成五”无法识别；应写作数字，可带“>”“≥”“<”“≤”，如“≥95”",
            "填报表.xlsx: 工作表“指标”第2行F列：“目标年份”应为四位数的年份，如 2022，这里是“明年”",
        ])
    }

    @Test func anUnknownPartOfTheReport() throws {
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "成效问题措施", first: "存在问题", column: 0, to: .text("问题"))
        } == ["填报表.xlsx: 工作表“成效问题措施”第3行A列：“部分”应为工作成效、存在问题、整改措施、反馈问题整改之一，这里是“问题”"])
    }

    @Test func aChangedHeaderAndAMissingSheet() throws {
        #expect(try Self.errors { form in
            form.sheets[3].columns[6].header = "实际值"
            form.sheets.removeAll { $0.name == "评价要点" }
        } == [
            "填报表.xlsx: 缺少工作表“评价要点”（工作簿中有：“报告信息”、“基本情况”、“指标”、“成效问题措施”）；请使用 reportkit draft --form 生成的填报表",
            "填报表.xlsx: 工作表“指标”第1行G列：表头应为“完成值”，这里是“实际值”；请不要改动填报表的表头和列的顺序",
        ])
    }

    /// Four mistakes in three sheets: all four are reported, in sheet order.
    @Test func everyMistakeIsReportedAtOnce() throws {
        let errors = try Self.errors {
            try Self.set(&$0, sheet: "报告信息", first: "报告年度（必填，如 2022）", column: 1, to: .text("1999"))
            try Self.set(&$0, sheet: "基本情况", first: "在校学生", column: 3, to: .text("约四万"))
            try Self.set(&$0, sheet: "评价要点", first: "A1", column: 7, to: .text("四次"))
            try Self.set(&$0, sheet: "指标", first: "义务教育", column: 6, to: .text("—"))
        }
        #expect(errors == [
            "填报表.xlsx: 工作表“报告信息”第3行B列：“报告年度”“1999”不合理，应在 2000 至 2100 之间",
            "填报表.xlsx: 工作表“基本情况”第7行D列：“上年数”应为数字（不带单位），这里是“约四万”",
            "填报表.xlsx: 工作表“评价要点”第2行H列：“本年数”应为数字（不带单位），这里是“四次”",
            "填报表.xlsx: 工作表“指标”第6行G列：“完成值”应为数字（不带单位），这里是“—”",
        ])
    }

    /// Parts larger than their total name the total's cell, every such figure at once.
    @Test func partsLargerThanTheirTotalNameTheCell() throws {
        let form = try FormWorkbook.form(FormWorkbook.lanhe())
        let a1 = try FormWorkbook.row(form, sheet: "评价要点", first: "A1")
        #expect(form.sheets[a1.sheet].rows[a1.row + 1].cells[5] == .text("专任教师"))
        #expect(try Self.errors {
            try Self.set(&$0, sheet: "基本情况", first: "初中", column: 2, to: .number(20, fractionDigits: 0))
            // 专任教师, A1's second figure, on the row below A1.
            let a1 = try FormWorkbook.row($0, sheet: "评价要点", first: "A1")
            $0.sheets[a1.sheet].rows[a1.row + 1].cells[7] = .number(2000, fractionDigits: 0)
        } == [
            "填报表.xlsx: 工作表“基本情况”第4行C列：数据自相矛盾：“初中”为20所，但其中公办初中、民办初中合计21所，比总数还大",
            "填报表.xlsx: 工作表“评价要点”第3行H列：数据自相矛盾：“专任教师”为2000人，但其中小学专任教师、初中专任教师合计2924人，比总数还大",
        ])
    }

    /// A cell another program wrote as an inline string, far below the form (Excel's last row):
    /// read, and named at its row.
    @Test func anInlineStringFarBelowTheForm() throws {
        let bytes = try FormWorkbook.bytes(FormWorkbook.form(FormWorkbook.lanhe()))
        let edited = try PackageEditing.editing(bytes, part: "xl/worksheets/sheet2.xml") { xml in
            xml.replacingOccurrences(
                of: "</sheetData>",
                with: "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>新增学校</t></is></c>"
                    + "<c r=\"C1048576\" t=\"inlineStr\"><is><t>3</t></is></c></row></sheetData>")
        }
        #expect(try FormWorkbook.errors(edited) == ["填报表.xlsx: 工作表“基本情况”第1048576行B列：数据“新增学校”缺少“单位”"])
    }

    @Test func notAWorkbook() throws {
        #expect(try FormWorkbook.errors(Data("district: 澜禾区\n".utf8)) == [
            "填报表.xlsx: 不是有效的 .xlsx 文件（文件不是 zip 压缩包）；请用 Excel 另存为 .xlsx",
        ])
    }
}
