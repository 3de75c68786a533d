import Foundation
@testable import ReportDrafting
import Testing

/// Numbers as workbooks store them, read with the digits their cells show.
struct CellNumberTests {
    @Test(arguments: [
        ("93.4", nil, "93.4"),
        ("24.1", "0.00", "24.10"),
        ("1234.5", "#,##0.00", "1234.50"),
        ("0.934", "0.0%", "93.4"),
        ("0.30000000000000004", nil, "0.3"),
        ("1E-3", nil, "0.001"),
        ("73418", "General", "73418"),
        ("3.14159", "0.00", "3.14159"),
        ("45195", "yyyy\"年\"m\"月\"d\"日\"", "45195"),
    ] as [(String, String?, String)])
    func numbersKeepTheDigitsTheirCellShows(lexical: String, format: String?, text: String) throws {
        #expect(CellNumber.quantity(lexical, format: format)?.text == text)
    }

    @Test func notNumbers() {
        #expect(CellNumber.quantity("abc", format: nil) == nil)
        #expect(CellNumber.quantity("", format: nil) == nil)
    }

    @Test func dateSerials() {
        #expect(CellNumber.chineseDate(serial: 45195) == "2023年9月26日")
        #expect(CellNumber.chineseDate(serial: 45217.75) == "2023年10月18日")
        #expect(CellNumber.chineseDate(serial: 0) == nil)
        #expect(CellNumber.chineseDate(iso: "2023-10-18T00:00:00") == "2023年10月18日")
        #expect(CellNumber.chineseDate(iso: "2023-13-01") == nil)
    }

    @Test func fullWidthDigitsBecomeHalfWidth() {
        #expect(CellNumber.halfWidth("１２，３４５．６") == "12,345.6")
        #expect(CellNumber.halfWidth("≥９５") == "≥95")
    }
}
