import Foundation
import PropertyBased
import ReportModel
import Testing

/// Figures are read without `Decimal(string:)`'s cost, to exactly the same values.
@Suite struct DecimalReadingTests {
    static let posix = Locale(identifier: "en_US_POSIX")

    @Test func plainNumbersReadAsFoundationReadsThem() async {
        let digits = Gen.element(of: Array("0123456789")).map { $0 ?? "0" }.array(of: 1...24).map { String($0) }
        await propertyCheck(input: digits, Gen.int(in: -1...30), Gen.bool) { number, point, negative in
            var text = number
            if point >= 0, point <= text.count {
                text.insert(".", at: text.index(text.startIndex, offsetBy: point))
            }
            if negative { text = "-" + text }
            let expected = Decimal(string: text, locale: Self.posix)
            #expect(Decimal(plainDigits: text) == expected, "\(text)")
            #expect(Decimal(plainDigits: text)?.description == expected?.description)
        }
    }

    @Test(arguments: ["", "-", ".", "-.", "1.2.3", "1e5", "１２", "1,234", "5-", " 5", "5%"])
    func otherTextIsNotAPlainNumber(text: String) {
        #expect(Decimal(plainDigits: text) == nil)
    }

    @Test(arguments: [
        (">98.5", ReportModel.Comparator.greaterThan, "98.5", 1), ("≥90", .greaterThanOrEqual, "90", 0),
        ("＞98.50", .greaterThan, "98.5", 2), ("1,234.5", .equal, "1234.5", 1), ("89.68%", .equal, "89.68", 2),
        ("　９５．５　", .equal, "95.5", 1), ("<= 12", .lessThanOrEqual, "12", 0),
        // Full-width signs of two scalars, every space separator at either end and after the sign.
        ("＞＝５", .greaterThanOrEqual, "5", 0), ("\u{2009}≦3.5\u{202F}", .lessThanOrEqual, "3.5", 1),
        ("＝\u{3000}1,2３4", .equal, "1234", 0), ("９８．５％", .equal, "98.5", 1), ("\u{00A0}-5\u{1680}", .equal, "-5", 0),
        ("＜\u{205F}0.50", .lessThan, "0.5", 2), ("≧ １２３４５６７８９０１２３４５６７８９０１", .greaterThanOrEqual, "123456789012345678901", 0),
    ])
    func indicatorValuesRead(text: String, comparator: ReportModel.Comparator, value: String, fractionDigits: Int) throws {
        let parsed = try #require(IndicatorValue(parsing: text))
        #expect(parsed.comparator == comparator)
        #expect(parsed.value == Decimal(string: value))
        #expect(parsed.fractionDigits == fractionDigits)
    }

    /// A cell reads the same with a full-width space (trimmed) at its end: the space-separator test
    /// that non-ASCII scalars go through agrees with the ASCII one.
    @Test(arguments: [
        "300", " >98.5 ", ">=90", "<= 12", "=5", "-3.25", "1,234.5", "89.68%", "12.50", ".5", "5.", "-", ".", "--5",
        "5 %", "1.2.3", "> 5", "\t7\t", "123456789012345678901234.5", "0.000", "98.5%%", "<", "",
    ])
    func asciiCellsReadAsScalarCellsDo(text: String) {
        let fromBytes = IndicatorValue(parsing: text)
        let fromScalars = IndicatorValue(parsing: text + "\u{3000}")
        #expect(fromBytes == fromScalars)
        #expect(fromBytes?.value == fromScalars?.value && fromBytes?.fractionDigits == fromScalars?.fractionDigits)
    }

    /// The same over random cells of the characters figures are written with: an ASCII cell is read
    /// from its bytes in place, the same cell with a full-width space through decoded scalars.
    @Test func randomAsciiCellsReadAsTheirScalarsDo() async {
        let pieces = Gen.element(of: Array("0123456789.,-%><= \t")).map { $0.map(String.init) ?? "" }
        await propertyCheck(input: pieces.array(of: 0...12).map { $0.joined() }) { text in
            let fromBytes = IndicatorValue(parsing: text)
            let fromScalars = IndicatorValue(parsing: "\u{3000}" + text + "\u{3000}")
            #expect(fromBytes == fromScalars, "\(text)")
        }
    }

    /// A dash or a ratio in a table cell means "no figure", not zero.
    @Test(arguments: ["-", "—", "100：12.8", "", "待定", "--", "５％％", "＞", "1\u{200B}", "＞＞5", "5＞", "１．２．３"])
    func cellsWithoutAFigureHaveNoValue(text: String) {
        #expect(IndicatorValue(parsing: text) == nil)
    }
}
