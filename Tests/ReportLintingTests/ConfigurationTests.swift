import Foundation
import ReportLinting
import ReportPluginKit
import TestSupport
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    let loader = ConfigurationLoader(knownRuleIDs: [
        "test.keyword", "test.today", "placeholder.unfilled", "structure.missing-part", "numbering.style",
    ])

    @Test("the configuration is read like templates and data: a full-width colon before a space is mended")
    func fullWidthInputIsTolerated() throws {
        let yaml = "disabled： [test.today]\nrules:\n  numbering.style： off\n# 只有注释\n"
        let configuration = try loader.load(yaml: yaml, path: ".reportkit.yml")
        #expect(!configuration.isEnabled("test.today"))
        #expect(!configuration.isEnabled("numbering.style"))
        #expect(try loader.load(yaml: "# 只有注释\n\n", path: ".reportkit.yml").plugins.isEmpty)
    }

    @Test("every key is read: disabled, rules with severity and options, shorthands, plugins, scheme")
    func fullConfiguration() throws {
        let yaml = """
            # 青禾区的检查配置
            disabled: [test.today]
            rules:
              test.keyword:
                severity: error
                words: [试验, 测试]
                replacement: 检验
                limit: 12
                strict: true
              numbering.style: off
            placeholders: ["（待补）", 待定]
            required-parts: [findings, problems]
            plugins:
              - python3 checks/long-sentence.py
            scheme: templates/2024.yml
            """
        let configuration = try loader.load(yaml: yaml, path: "cfg/.reportkit.yml", directory: "/work/cfg")
        #expect(configuration.sourcePath == "cfg/.reportkit.yml")
        #expect(!configuration.isEnabled("test.today"))
        #expect(!configuration.isEnabled("numbering.style"))
        #expect(configuration.isEnabled("test.keyword"))
        #expect(configuration.severity(of: "test.keyword", default: .warning) == .error)
        #expect(configuration.severity(of: "placeholder.unfilled", default: .error) == .error)
        let options = configuration.options("test.keyword")
        #expect(options.strings("words") == ["试验", "测试"])
        #expect(options.string("replacement") == "检验")
        #expect(options.number("limit") == 12)
        #expect(options.bool("strict") == true)
        #expect(configuration.options("placeholder.unfilled").strings("patterns") == ["（待补）", "待定"])
        #expect(configuration.options("structure.missing-part").strings("required") == ["findings", "problems"])
        #expect(configuration.plugins == ["python3 checks/long-sentence.py"])
        #expect(configuration.pluginDirectory == "/work/cfg")
        #expect(configuration.schemePath == "/work/cfg/templates/2024.yml")
    }

    @Test("a quoted number stays a string; an empty file is the defaults")
    func scalarTypes() throws {
        let configuration = try loader.load(yaml: "rules:\n  test.keyword: {replacement: \"12\"}\n", path: "c.yml")
        #expect(configuration.options("test.keyword").string("replacement") == "12")
        let empty = try loader.load(yaml: "# nothing yet\n", path: "c.yml")
        #expect(empty.disabledRules.isEmpty && empty.severities.isEmpty && empty.plugins.isEmpty)
    }

    @Test("options reach the rule through the engine")
    func optionsThroughEngine() throws {
        let configuration = try loader.load(
            yaml: "rules:\n  test.keyword:\n    words: [教师]\n    severity: info\n", path: "c.yml")
        let document = try Fixtures.document("clean-report.txt")
        let diagnostics = LintEngine(rules: [KeywordRule()]).lint(document.report, configuration: configuration)
        #expect(diagnostics.count == 3)  // 教师编制, 美术教师, 学科教师
        #expect(diagnostics.allSatisfy { $0.severity == .info && $0.message == "出现了“教师”" })
    }

    @Test("a bad configuration names the file and the line", arguments: [
        ("disabled: [test.today\nrules: {}\n", 2, "YAML 格式错误：方括号“[ ]”列表没有闭合"),
        ("rules:\n  test.keyword:\n    severity: fatal\n", 3, "无效的级别“fatal”"),
        ("disabled:\n  - test.today\n  - numbering.gapp\n", 3, "未知的规则“numbering.gapp”"),
        ("rules:\n  test.keyword:\n    words: {a: 1}\n", 3, "选项“words”的值应为"),
        ("placeholders: 1\nrequired-parts: [findings, conclusions]\n", 2, "未知的报告部分“conclusions”"),
        ("disabled: []\nplugin: [x]\n", 2, "未知的配置项“plugin”"),
        ("rules: [test.keyword]\n", 1, "“rules”应为"),
        ("scheme: [a, b]\n", 1, "“scheme”应为一个字符串"),
        // A full-width colon from a Chinese input method, where it cannot be mended, is named.
        ("rules:\n  \"punctuation.half-width\"：off\n", 2, "冒号应为半角“:”，这里是全角“：”"),
    ])
    func badConfiguration(yaml: String, line: Int, detail: String) throws {
        let error = #expect(throws: ConfigurationError.self) {
            try loader.load(yaml: yaml, path: "drafts/.reportkit.yml")
        }
        let thrown = try #require(error)
        #expect(thrown.line == line)
        #expect(thrown.description.hasPrefix("drafts/.reportkit.yml:\(line): "))
        #expect(thrown.detail.contains(detail), "\(thrown.detail)")
    }

    @Test("the nearest .reportkit.yml wins; a draft with none gets the defaults; --config overrides")
    func discovery() throws {
        let root = try CommandRunner.temporaryDirectory()
        let inner = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "disabled: [test.today]\n".write(to: root.appendingPathComponent(".reportkit.yml"), atomically: true, encoding: .utf8)
        try "rules: {test.keyword: error}\n".write(
            to: root.appendingPathComponent("a/.reportkit.yml"), atomically: true, encoding: .utf8)
        let ids: Set<String> = ["test.today", "test.keyword"]

        let resolver = ConfigurationResolver(knownRuleIDs: ids)
        let nearest = try resolver.configuration(for: inner.appendingPathComponent("draft.txt").path)
        #expect(nearest.severity(of: "test.keyword", default: .warning) == .error)
        #expect(nearest.isEnabled("test.today"))  // the parent's file is not merged in
        let top = try resolver.configuration(for: root.appendingPathComponent("draft.txt").path)
        #expect(!top.isEnabled("test.today"))

        let locator = ConfigurationLocator()
        #expect(locator.configuration(for: URL(fileURLWithPath: "/draft.txt")) == nil)

        let explicitPath = root.appendingPathComponent("other.yml").path
        try "disabled: [test.keyword]\n".write(toFile: explicitPath, atomically: true, encoding: .utf8)
        let explicit = try ConfigurationResolver(knownRuleIDs: ids, explicit: explicitPath)
            .configuration(for: inner.appendingPathComponent("draft.txt").path)
        #expect(!explicit.isEnabled("test.keyword"))
        #expect(explicit.isEnabled("test.today"))
    }

    @Test("ids of out-of-process rules (custom.*) may be configured")
    func customRuleIDs() throws {
        let configuration = try loader.load(yaml: "rules:\n  custom.long-sentence: {severity: error}\n", path: "c.yml")
        #expect(configuration.severity(of: "custom.long-sentence", default: .warning) == .error)
    }
}
