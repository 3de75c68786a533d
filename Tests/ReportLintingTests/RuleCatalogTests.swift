import ReportLinting
import ReportPluginKit
import Testing

@Suite("reportkit rules output")
struct RuleCatalogTests {
    let rules = [TodayRule().metadata, KeywordRule().metadata]

    @Test("the list: id, severity, fixable mark, title, aligned, sorted by id")
    func list() {
        let output = RuleCatalogFormatter().list(rules)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "test.keyword  警告  可修复  测试关键词")
        #expect(lines[1] == "test.today    提示          测试日期")
        #expect(output.contains("共 2 条规则，其中 1 条可用 --fix 自动修复。"))
        #expect(RuleCatalogFormatter().list([]) == "没有已注册的规则。\n")
    }

    @Test("one rule explained: title, severity, rationale, examples with ↓, corrections")
    func explain() {
        let output = RuleCatalogFormatter().explain(KeywordRule().metadata)
        #expect(output.hasPrefix("test.keyword：测试关键词\n默认级别：警告（warning）\n自动修复：可以（lint --fix）\n"))
        #expect(output.contains("说明：\n    仅供测试：标出指定的词。\n"))
        #expect(output.contains("会报告的写法（↓ 标出问题所在）：\n    　　这是↓测试。\n"))
        #expect(output.contains("不会报告的写法：\n    　　这是检验。\n"))
        #expect(output.contains("自动修复示例：\n    修复前：　　这是测试。\n    修复后：　　这是检验。\n"))
    }
}
