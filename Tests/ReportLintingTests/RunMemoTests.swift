import ReportModel
import ReportPluginKit
import ReportReading
import Testing

/// What rules share in a run is worked out once per report, and never handed to another report.
@Suite struct RunMemoTests {
    static func report(_ text: String) -> Report {
        ReportReader.read(text: text, path: "草稿.txt", format: .text).report
    }

    @Test func aValueIsWorkedOutOncePerReport() {
        let context = RuleContext()
        let first = Self.report("一、自查情况\n　　本区共有学校27所。\n")
        let second = Self.report("一、自查情况\n　　本区共有学校31所。\n")
        var computed = 0
        func count(_ report: Report) -> Int {
            context.shared("test.count", of: report) {
                computed += 1
                return computed
            }
        }
        #expect(count(first) == 1)
        #expect(count(first) == 1)
        #expect(count(second) == 2)
        #expect(computed == 2)
    }

    @Test func aValueTheEngineGaveIsUsedAsItIs() {
        let context = RuleContext(extensions: ["test.count": 42])
        #expect(context.shared("test.count", of: Self.report("一、自查情况\n")) { 0 } == 42)
    }

    @Test func decodedTextsFollowTheReport() {
        let context = RuleContext()
        let first = Self.report("一、自查情况\n　　本区共有学校27所。\n")
        let second = Self.report("一、自查情况\n　　本区共有幼儿园12所。\n")
        #expect(RuleText.all(in: first, context: context).contains { $0.span.text.contains("学校") })
        #expect(RuleText.all(in: second, context: context).contains { $0.span.text.contains("幼儿园") })
    }
}
