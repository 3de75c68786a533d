import PropertyBased
import Foundation
import ReportModel
import Testing
@testable import XLSXWriter

/// The pure parts of the writer: names, dates, number formats, widths, sums.
@Suite struct LayoutTests {
    @Test func sheetNamesAreValidAndUnique() {
        var names = SheetNames()
        #expect(names.unique("主要指标") == "主要指标")
        #expect(names.unique("主要指标") == "主要指标2")
        #expect(names.unique("主要指标") == "主要指标3")
        #expect(names.unique("目标[2025]:完成/情况?*\\") == "目标_2025__完成_情况___")
        #expect(names.unique("'引号'") == "引号")
        let long = String(repeating: "指", count: 40)
        let first = names.unique(long)
        #expect(first.count == 31)
        let second = names.unique(long)
        #expect(second.count == 31 && second.hasSuffix("2") && second != first)
        #expect(names.unique("SHEET") == "SHEET")
        #expect(names.unique("sheet") == "sheet2")  // Excel compares names ignoring case
    }

    @Test func reportDatesBecomeMidnightUTC() {
        #expect(ReportDate.timestamp(from: "2023年10月30日") == 1_698_624_000)
        #expect(ReportDate.timestamp(from: "２０２３年１０月３０日") == 1_698_624_000)
        #expect(ReportDate.timestamp(from: "二〇二三年十月三十日") == 1_698_624_000)
        #expect(ReportDate.timestamp(from: "2024年2月29日") == 1_709_164_800)
        #expect(ReportDate.timestamp(from: "2024年1月5日") == 1_704_412_800)
        #expect(ReportDate.timestamp(from: "十月三十日") == nil)
        #expect(ReportDate.timestamp(from: "2023年13月1日") == nil)
        #expect(ReportDate.timestamp(from: "") == nil)
        #expect(ReportDate.fallback == 946_684_800)
    }

    @Test func numberStylesKeepComparatorDecimalsGroupingAndPercent() throws {
        func format(_ text: String) throws -> String {
            NumberStyle(try #require(IndicatorValue(parsing: text)), writtenAs: text).excelFormat
        }
        #expect(try format("95") == "0")
        #expect(try format("89.68") == "0.00")
        #expect(try format(">98.5") == "\">\"0.0")
        #expect(try format("≥90") == "\"≥\"0")
        #expect(try format("＞98.50") == "\">\"0.00")
        #expect(try format("1,234.5") == "#,##0.0")
        #expect(try format("89.68%") == "0.00\"%\"")
    }

    @Test func displayWidthCountsFullWidthCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("在校学生数") == 10)
        #expect(DisplayWidth.of("100：12.8") == 9)
        #expect(DisplayWidth.of("2025年目标") == 10)
        #expect(DisplayWidth.columnWidth(forWidestText: 1) == 6)
        #expect(DisplayWidth.columnWidth(forWidestText: 10) == 12)
        #expect(DisplayWidth.columnWidth(forWidestText: 500) == 60)
    }

    @Test func sumsAreAcceptedWithinHalfAUnitOfTheLastWrittenDigit() throws {
        func sum(_ parent: String, _ parts: [String], rows: [Int] = [5, 6]) -> FormulaCell? {
            FormulaCell.sum(column: .target, parent: IndicatorValue(parsing: parent),
                            parts: parts.map { IndicatorValue(parsing: $0) }, rows: rows)
        }
        #expect(sum("7.2", ["4.5", "2.7"])?.formula == "SUM(D6:D7)")
        #expect(sum("7.2", ["4.5", "2.7"])?.cachedValue == 7.2)
        #expect(sum("2.13", ["1.46", "0.67"]) != nil)
        #expect(sum("10", ["3.33", "6.6"]) != nil)  // 9.93 is within 0.5 of 10
        #expect(sum("10.0", ["3.33", "6.6"]) == nil)  // but not within 0.05 of 10.0
        #expect(sum("2.60", ["1.50", "1.20"]) == nil)
        #expect(sum(">7", ["4", "3"]) == nil)
        #expect(sum("7", ["4", "100：12"]) == nil)
        #expect(sum("7", ["4", "3"], rows: [5, 7])?.formula == "SUM(D6,D8)")
    }

    /// The exact test of a sum (scaled integers) answers as the `Decimal` one does, on figures with
    /// up to four decimals and on sums that miss by a hair.
    @Test func exactSumsAgreeWithDecimalSums() async {
        let figure = zip(Gen.int(in: 0...99_999), Gen.int(in: 0...4)).map { digits, places -> String in
            let text = String(digits)
            guard places > 0 else { return text }
            let padded = String(repeating: "0", count: max(0, places + 1 - text.count)) + text
            return padded.dropLast(places) + "." + padded.suffix(places)
        }
        await propertyCheck(input: figure.array(of: 1...4), figure, Gen.int(in: -3...2)) { parts, parentText, nudge in
            let values = parts.map { IndicatorValue(parsing: $0)! }
            // A parent that is the parts' sum (nudge 0), that sum off by one or two hundredths, or any figure (-3).
            var parent = IndicatorValue(parsing: parentText)!
            if nudge > -3 {
                let sum = values.reduce(Decimal(0)) { $0 + $1.value } + Decimal(nudge) / 100
                parent = IndicatorValue(parsing: "\(sum)")!
            }
            #expect(FormulaCell.exactlyAddUp(values, to: parent) == FormulaCell.addUp(values, to: parent),
                    "\(parts) → \(parent.text)")
        }
    }

    @Test func decimalsBecomeTheNearestDouble() {
        for text in ["0.87", "2.35", "98.50", "106291", "-1.5", "0.1", "123456789.123"] {
            #expect(DecimalConversion.double(Decimal(string: text)!) == Double(text)!, "\(text)")
        }
    }

    @Test func cellReferencesUseExcelLetters() {
        #expect(CellReference.name(row: 0, column: 0) == "A1")
        #expect(CellReference.column(25) == "Z")
        #expect(CellReference.column(26) == "AA")
        #expect(CellReference.column(701) == "ZZ")
        #expect(CellReference.column(702) == "AAA")
    }
}
