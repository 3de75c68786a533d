import ReportModel
import Testing

/// The date lint reasons from: an impossible 成文日期 must not send it back to the machine's clock,
/// which would call every future target missed.
@Suite struct ReferenceDateTests {
    private static func metadata(date: String?, year: Int?) -> ReportMetadata {
        ReportMetadata(date: date.map { MetadataField(text: $0, range: SourceRange(line: 40, column: 1, length: $0.count)) }, year: year)
    }

    @Test func aRealDateIsTheDate() {
        let date = Self.metadata(date: "2023年10月30日", year: 2022).referenceDate
        #expect(date.map { [$0.year, $0.month, $0.day] } == [2023, 10, 30])
    }

    @Test func anImpossibleDayKeepsItsYearAndMonth() {
        let date = Self.metadata(date: "2023年10月32日", year: 2022).referenceDate
        #expect(date.map { [$0.year, $0.month, $0.day] } == [2023, 10, 1])
        let noMonth = Self.metadata(date: "2023年13月5日", year: 2022).referenceDate
        #expect(noMonth.map { [$0.year, $0.month, $0.day] } == [2023, 12, 31])
    }

    @Test func withoutADateTheTitleYearEnds() {
        let date = Self.metadata(date: nil, year: 2022).referenceDate
        #expect(date.map { [$0.year, $0.month, $0.day] } == [2022, 12, 31])
        #expect(Self.metadata(date: "二〇二三年", year: nil).referenceDate == nil)
    }
}
