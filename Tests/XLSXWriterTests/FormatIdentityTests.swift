import CXlsxWriter
import Foundation
import ReportModel
import ReportPluginKit
import TestSupport
import Testing
@testable import XLSXWriter

/// libxlsxwriter keeps a style's index only on the first format object with those properties; a second
/// object that looks the same is hashed again at every cell it formats. So each look is one object.
@Suite struct FormatIdentityTests {
    @Test func formatsThatLookAlikeAreOneObject() throws {
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent("格式.xlsx")
        let workbook = try XlsxWorkbook(path: url.path, constantMemory: false)
        let formats = try WorkbookFormats(workbook: workbook)
        var named: [(String, XlsxFormat)] = [
            ("title", formats.title), ("header", formats.header), ("category", formats.category), ("name", formats.name),
            ("indentedName", formats.indentedName), ("unit", formats.unit), ("text", formats.text), ("status", formats.status),
            ("notesLabel", formats.notesLabel), ("notesText", formats.notesText),
        ]
        for comparator in [Comparator.equal, .greaterThan, .greaterThanOrEqual, .lessThan, .lessThanOrEqual] {
            for digits in 0...3 {
                for grouping in [false, true] {
                    for percent in [false, true] {
                        let style = NumberStyle(comparator: comparator, fractionDigits: digits, grouping: grouping, percent: percent)
                        named.append(("\(style)", try formats.number(style)))
                    }
                }
            }
        }
        // The style index the library gives each: equal indices must be the same object.
        var owner: [Int32: (String, XlsxFormat)] = [:]
        for (name, format) in named {
            let index = lxw_format_get_xf_index(format)
            if let (other, first) = owner[index] {
                #expect(first == format, "“\(name)”与“\(other)”样式相同，却是两个格式对象")
            } else {
                owner[index] = (name, format)
            }
        }
        #expect(owner.count >= 10)
    }
}
