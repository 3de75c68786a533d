import Foundation
import ReportDrafting
import ReportModel
import Testing
import TestSupport

/// YAML data typed with a Chinese input method: full-width colons after keys, full-width dashes and
/// full-width spaces in the indentation are read as meant; what cannot be mended is named at its
/// own line and column instead of libYAML's English error a line later.
struct FullWidthYAMLTests {
    static let halfWidth = """
        district: 澜禾区
        year: 2022
        basics:
          - name: 共有学校
            unit: 所
            parts:
              - {name: 小学, value: 58}
              - {name: 初中, value: 21}
        points:
          A1:
            text: |
              说明：这一行的冒号是正文，不是键。
              A2：这一行也是正文。
        """

    static func load(_ text: String) throws -> DistrictData {
        try DistrictDataLoader.load(text: text, path: "data.yml")
    }

    @Test func fullWidthColonsAfterKeysAreRead() throws {
        let typed = """
            district：澜禾区
            year： 2022
            basics:
              - name：共有学校
                unit：所
                parts:
                  - {name：小学, value：58}
                  - {name: 初中, value：21}
            points:
              A1：
                text：|
                  说明：这一行的冒号是正文，不是键。
                  A2：这一行也是正文。
            """
        let expected = try Self.load(Self.halfWidth)
        let read = try Self.load(typed)
        #expect(read.district == "澜禾区" && read.year == 2022)
        #expect(read.basics == expected.basics.map { figure in
            var figure = figure
            figure.location = read.basics[0].location
            figure.valueLocation = read.basics[0].valueLocation
            figure.parts = zip(figure.parts, read.basics[0].parts).map { part, readPart in
                var part = part
                part.location = readPart.location
                part.valueLocation = readPart.valueLocation
                return part
            }
            return figure
        })
        // Text inside a block scalar is never touched.
        #expect(read.points.first?.paragraphs == ["说明：这一行的冒号是正文，不是键。", "A2：这一行也是正文。"])
    }

    @Test func fullWidthIndentationAndDashesAreRead() throws {
        let typed = """
            district: 澜禾区
            year: 2022
            basics:
            　－ name: 共有学校
            　　unit: 所
            　　value: 79
            points:
            　A1: 区委常委会专题研究教育工作。
            　B1:
            　　text: |
            　　　　坚持教育优先发展。
            　　　　生均公用经费足额拨付。
            """
        let read = try Self.load(typed)
        #expect(read.basics.map(\.name) == ["共有学校"])
        #expect(read.basics.first?.value?.text == "79")
        #expect(read.points.map(\.pointID) == ["A1", "B1"])
        #expect(read.points.last?.paragraphs == ["坚持教育优先发展。", "生均公用经费足额拨付。"])
    }

    /// A mended line keeps the user's columns: `二〇二二` starts at column 6 of `year：二〇二二`.
    @Test func errorsOnAMendedLineNameTheUsersColumn() throws {
        let error = try #require(DistrictDataTests.loadError("district: 澜禾区\nyear：二〇二二\n"))
        #expect(error.description == "data.yml:2:6: “year”应为整数，这里是“二〇二二”")
    }

    /// A key that is not a name of the format, typed with a full-width colon, is named at its line,
    /// not where libYAML gives up.
    @Test func aFullWidthColonThatCannotBeMendedIsNamed() throws {
        let error = try #require(DistrictDataTests.loadError("district: 澜禾区\n区县：澜禾区\nyear: 2022\n"))
        #expect(error.description == "data.yml:2:3: 冒号应为半角“:”，这里是全角“：”（中文输入法下输入的）；请改为英文冒号，冒号后加一个空格")
        let alone = try #require(DistrictDataTests.loadError("区县：澜禾区\n"))
        #expect(alone.description == "data.yml:1:1: 冒号应为半角“:”，这里是全角“：”（中文输入法下输入的）；请改为英文冒号，冒号后加一个空格")
    }

    /// Full-width spaces and colons inside values stay as written.
    @Test func valuesKeepTheirFullWidthCharacters() throws {
        let read = try Self.load("district: 澜禾区\nyear: 2022\nissuer: 　澜禾区：人民政府\n")
        #expect(read.issuer == "澜禾区：人民政府")
    }

    /// A file saved on Windows (CRLF line ends) is mended line by line like any other: a CRLF is
    /// one Character in Swift, so a split on Characters saw the whole file as one line.
    @Test func windowsLineEndsAreMendedLineByLine() throws {
        let typed = "district：澜禾区\r\nyear： 2022\r\nissuer: 澜禾区人民政府\r\n"
        let read = try Self.load(typed)
        #expect(read.district == "澜禾区" && read.year == 2022 && read.issuer == "澜禾区人民政府")
        // Errors name the same line and Character column as in the same file with LF line ends.
        let error = try #require(DistrictDataTests.loadError("district: 澜禾区\r\nyear：二〇二二\r\n"))
        #expect(error.description == "data.yml:2:6: “year”应为整数，这里是“二〇二二”")
        let unmendable = try #require(DistrictDataTests.loadError("district: 澜禾区\r\n区县：澜禾区\r\nyear: 2022\r\n"))
        #expect(unmendable.description.hasPrefix("data.yml:2:3: 冒号应为半角"))
    }
}

