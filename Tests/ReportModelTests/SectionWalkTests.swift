import ReportModel
import Testing

/// `forEachSection` visits the outline without copying it into a list: in the same order as
/// `allSections` (depth first, document order), every section once, and it stops at a throw.
@Suite struct SectionWalkTests {
    /// 一、 with （一）（二）, the second holding 1. and 2.; then 二、 with nothing under it.
    static let report: Report = {
        func section(_ title: String, level: Int, _ children: [Section] = []) -> Section {
            Section(marker: nil, title: title, titleSpan: TextSpan(text: title, line: 1), role: .other, level: level, children: children)
        }
        var report = Report(path: "t.md")
        report.sections = [
            section("一", level: 1, [
                section("一.一", level: 2),
                section("一.二", level: 2, [section("一.二.1", level: 3), section("一.二.2", level: 3)]),
            ]),
            section("二", level: 1),
        ]
        return report
    }()

    @Test func visitsEverySectionDepthFirstLikeAllSections() {
        var titles: [String] = []
        Self.report.forEachSection { titles.append($0.title) }
        #expect(titles == ["一", "一.一", "一.二", "一.二.1", "一.二.2", "二"])
        #expect(titles == Self.report.allSections.map(\.title))
        var under: [String] = []
        Self.report.sections[0].children[1].forEachSection { under.append($0.title) }
        #expect(under == ["一.二", "一.二.1", "一.二.2"])
    }

    @Test func aThrowStopsTheWalk() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try Self.report.forEachSection { section in
                seen += 1
                if section.title == "一.二" { throw Stop() }
            }
        }
        #expect(seen == 3)
    }
}
