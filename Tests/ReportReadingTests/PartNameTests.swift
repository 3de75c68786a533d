import ReportModel
import Testing
@testable import ReportReading

/// The headings real reports give their parts, read as the parts they are.
struct PartNameTests {
    static func roles(_ headings: [String]) -> [SectionRole] {
        let text = headings.enumerated().map { "\(ChineseNumeral.string(for: $0.offset + 1))、\($0.element)\n\n　　内容。\n" }
        return ReportReader.read(text: text.joined(separator: "\n"), path: "draft.txt", format: .text).report.sections.map(\.role)
    }

    @Test(arguments: [
        "主要做法和成效", "主要工作及成效", "主要做法及取得成效", "履职工作成效", "工作落实情况",
        "履行教育职责情况和成效", "2023年履行教育职责情况",
    ])
    func findingsPartsAreRecognisedByTheirUsualNames(_ heading: String) {
        #expect(Self.roles(["基本情况", heading]) == [.basicInfo, .findings], "\(heading)")
    }

    @Test func selfCheckWorkIsNotTheFindings() {
        #expect(Self.roles(["自查工作情况", "自查情况"]) == [.selfCheckWork, .findings])
    }

    @Test(arguments: ["2022年反馈问题整改情况", "上一轮评价反馈问题整改落实情况", "问题整改情况"])
    func rectificationOfLastRoundsFeedbackIsItsOwnPart(_ heading: String) {
        #expect(Self.roles([heading]) == [.rectification], "\(heading)")
        #expect(!SectionRole.rectification.statesProblems && !SectionRole.rectification.statesNextSteps)
    }

    @Test func combinedProblemsAndMeasuresStayCombined() {
        #expect(Self.roles(["存在问题及整改措施", "存在的主要问题", "下一步工作打算", "工作成效和经验做法"])
            == [.problemsAndMeasures, .problems, .nextSteps, .achievements])
    }

    /// A long paragraph that starts with a marker names no part by the words deep inside it; a long
    /// heading whose first clause names the part still does.
    @Test func aLongNumberedParagraphTakesItsRoleFromItsFirstClauseOnly() {
        let paragraph = "我区在推进教育优质均衡发展过程中，" + String(repeating: "持续加大投入力度，", count: 6) + "还存在一些问题和不足，下一步将认真整改。"
        #expect(paragraph.count > RoleClassifier.maximumTitleLength)
        #expect(Self.roles(["基本情况", paragraph]) == [.basicInfo, .other])
        let named = "存在的问题和下一步打算，" + String(repeating: "对照评价方案逐项梳理，", count: 5) + "形成问题清单。"
        #expect(Self.roles(["基本情况", named]) == [.basicInfo, .problemsAndMeasures])
    }
}
