import Testing
@testable import ReportModel

@Suite struct ChineseNumeralTests {
    @Test(arguments: [("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("三十八", 38)])
    func readsNumerals(text: String, value: Int) {
        #expect(ChineseNumeral.value(of: text) == value)
        #expect(ChineseNumeral.string(for: value) == text)
    }

    @Test(arguments: ["", "零", "十十", "一二", "甲", "一百零一"])
    func rejectsNonNumerals(text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }

    @Test func readsTheSameFromScalarsAsFromText() {
        for value in 1...99 {
            let text = ChineseNumeral.string(for: value)
            #expect(ChineseNumeral.value(ofScalars: Array(text.unicodeScalars)) == value)
        }
        for text in ["", "零", "十十", "一二", "甲", "一百零一", "一\u{301}", "〇"] {
            #expect(ChineseNumeral.value(ofScalars: Array(text.unicodeScalars)) == nil, "\(text)")
        }
    }
}
