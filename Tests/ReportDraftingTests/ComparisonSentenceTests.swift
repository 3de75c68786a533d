import Foundation
import ReportDrafting
import ReportModel
import ReportScheme
import Testing
import TestSupport

/// Sentences comparing this year with last, as a reviewer accepts them: rates and shares change in
/// 个百分点, an unchanged figure is 与上年持平, decreases read 减少/下降 with positive numbers.
struct ComparisonSentenceTests {
    /// The 基本情况 paragraph drafted from one figure with the 2023 template.
    static func basicInfo(_ figure: String) throws -> String {
        let data = "district: 澜禾区\nyear: 2022\nbasics:\n  - \(figure)\n"
        let report = try Drafter(scheme: SchemeTemplateTests.template(2023))
            .draft(DistrictDataLoader.load(text: data, path: "data.yml"))
        return try #require(report.parts(withRole: .basicInfo).first?.blocks.first?.textSpans.first?.text)
    }

    @Test(arguments: [
        ("{name: 学前三年毛入园率, unit: \"%\", value: 93.40, last_year: 92.25}", "澜禾区学前三年毛入园率93.40%，比上年提高1.15个百分点。"),
        ("{name: 公办园在园幼儿占比, unit: \"%\", value: 50.2, last_year: 52.7}", "澜禾区公办园在园幼儿占比50.2%，比上年下降2.5个百分点。"),
        ("{name: 义务教育巩固率, unit: ％, value: 99, last_year: 0}", "澜禾区义务教育巩固率99％，比上年提高99个百分点。"),
        ("{name: 专任教师, unit: 人, value: 3120, last_year: 3120}", "澜禾区专任教师3120人，与上年持平。"),
        ("{name: 毛入学率, unit: \"%\", value: 98.60, last_year: 98.6}", "澜禾区毛入学率98.60%，与上年持平。"),
        ("{name: 校舍面积, unit: 万平方米, value: 0, last_year: 0}", "澜禾区校舍面积0万平方米，与上年持平。"),
        ("{name: 在校学生, unit: 人, value: 40215, last_year: 41030}", "澜禾区在校学生40215人，比上年的41030人减少815人，下降1.99%。"),
        ("{name: 教育经费, unit: 万元, value: 98760.5, last_year: 95112.25}", "澜禾区教育经费98760.5万元，比上年的95112.25万元增加3648.25万元，增长3.84%。"),
    ])
    func comparisonsReadAsAReviewerExpects(figure: String, sentence: String) throws {
        #expect(try Self.basicInfo(figure) == sentence)
    }

    /// None of the phrasings that get a report sent back.
    @Test func noRejectedPhrasings() throws {
        let texts = [
            try Self.basicInfo("{name: 毛入园率, unit: \"%\", value: 93.4, last_year: 92.25}"),
            try Self.basicInfo("{name: 学校, unit: 所, value: 79, last_year: 79}"),
            try Self.basicInfo("{name: 学生, unit: 人, value: 100, last_year: 120}"),
        ]
        for text in texts {
            #expect(!text.contains("增加0"), "\(text)")
            #expect(!text.contains("0.00%"), "\(text)")
            #expect(!text.contains("-"), "\(text)")
            #expect(!text.contains("增长1.2"), "\(text)")
        }
    }

    /// A template may word the new sentences itself; one that predates them gets the defaults.
    @Test func templatesMayWordTheNewSentences() throws {
        let scheme = try SchemeTemplateTests.template(2023)
        #expect(scheme.patterns.contains { $0.name == "figure_points" && $0.template.contains("个百分点") })
        var custom = scheme
        custom.patterns.removeAll { $0.name == "figure_unchanged" }
        custom.patterns.append(ParagraphPattern(name: "figure_unchanged", template: "{{name}}保持{{value}}{{unit}}", line: 1, column: 1))
        let data = try DistrictDataLoader.load(
            text: "district: 澜禾区\nyear: 2022\nbasics:\n  - {name: 学校, unit: 所, value: 79, last_year: 79}\n", path: "d.yml")
        let report = try Drafter(scheme: custom).draft(data)
        #expect(report.parts(withRole: .basicInfo).first?.blocks.first?.textSpans.first?.text == "澜禾区学校保持79所。")
    }
}
