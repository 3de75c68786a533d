import ReportModel
import ReportPluginKit
import Testing
@testable import WordingRules

/// Every catalogue form, mistyped by one deletion, substitution or swap, is found at the right
/// column behind a full-width indent and fixed back to the exact form.
@Suite struct FormulationCatalogueTests {
    static let rule = FormulationRule()

    @Test(arguments: nearMissForms)
    func everyMutationOfAFormIsFoundAndFixed(_ form: String) {
        var checked = 0
        for mutation in Mutation.allCases {
            for position in [1, form.count / 2, form.count - 2] {
                guard let written = mutation.apply(to: form, at: position), written != form else { continue }
                let text = "一、基本情况\n\n　　按照" + written + "的要求开展工作。\n"
                let found = findings(Self.rule, in: text)
                #expect(found.count == 1, "\(mutation) at \(position): \(written)\n\(found.map(\.message))")
                guard let finding = found.first else { continue }
                #expect(finding.range.start == SourcePosition(line: 3, column: 5), "\(written)")
                #expect(finding.range.end == SourcePosition(line: 3, column: 5 + written.count), "\(written)")
                #expect(finding.fix?.replacement == form)
                #expect(finding.message.contains(form))
                checked += 1
            }
        }
        #expect(checked >= 2, "at least two mutations of \(form) were tried")
    }

    /// The search looks at two anchor pairs of characters per form, not at every pair: every edit at
    /// every interior place of every form must still be found (and only there).
    @Test func everyEditAtEveryPlaceOfEveryFormIsFound() {
        var checked = 0
        for form in nearMissForms {
            for mutation in Mutation.allCases {
                for position in 1..<(form.count - 1) {
                    guard let written = mutation.apply(to: form, at: position), written != form else { continue }
                    let found = findings(Self.rule, in: "　　按照" + written + "的要求开展工作。\n")
                    #expect(found.map(\.fix?.replacement) == [form], "\(mutation) at \(position): \(written)")
                    #expect(found.first?.range.start.column == 5, "\(written)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }

    @Test(arguments: nearMissForms)
    func theExactFormIsNeverReported(_ form: String) {
        #expect(findings(Self.rule, in: "一、基本情况\n\n　　按照" + form + "的要求开展工作。\n").isEmpty)
    }

    @Test func ordinaryVariationsAndLongerNamesAreNotSlips() {
        for text in [
            "学习贯彻党的二十届二中全会精神和党的二十届三中全会精神。",
            "落实立德树人的根本任务。",
            "报市政府教育督导委员会办公室和县政府教育督导室。",
            "设立区委教育工作领导小组秘书组。",
            "坚持社会主义办学方向，培养社会主义建设者。",
        ] {
            #expect(findings(Self.rule, in: "　　" + text + "\n").isEmpty, "\(text)")
        }
    }

    @Test func aCityAddsItsOwnNamesInTheConfiguration() {
        let options = RuleOptions(["terms": .list(["青溪区人民政府教育督导室"])])
        let found = findings(Self.rule, in: "　　报青溪区人民政府教育督室备案。\n", options: options)
        #expect(found.map(\.fix?.replacement) == ["青溪区人民政府教育督导室"])
        // Without the local name the generic 人民政府教育督导室 still finds it.
        #expect(findings(Self.rule, in: "　　报青溪区人民政府教育督室备案。\n").count == 1)
    }

    @Test func theCatalogueFileLoadsEveryKindWithItsSource() {
        let entries = FormulationCatalogue.entries
        // The parameterised tests above run once per entry: an unreadable file must fail here, not
        // leave them with nothing to run.
        #expect(entries.count >= 30)
        #expect(Set(entries.map(\.text)).count == entries.count, "no form listed twice")
        for kind in [CatalogueEntry.Kind.formulation, .organisation, .term] {
            #expect(entries.contains { $0.kind == kind }, "\(kind)")
        }
        #expect(entries.allSatisfy { !$0.source.isEmpty && $0.text.count >= 4 })
        #expect(entries.contains(CatalogueEntry("市政府教育督导室", .organisation, source: "重庆市人民政府教育督导室的简称，见渝教函〔2023〕464号")))
    }

    @Test func aBrokenCatalogueFileLeavesTheRuleWithoutEntriesInsteadOfStoppingTheLint() {
        #expect(FormulationCatalogue.load(Array("formulations: [text: ]]".utf8)).isEmpty)
        #expect(FormulationCatalogue.load([0xFF, 0xFE]).isEmpty)
        let one = FormulationCatalogue.load(Array("formulations:\n  - {text: 五育并举, source: 某文件}\norganisations: []\nterms: []\n".utf8))
        #expect(one == [CatalogueEntry("五育并举", .formulation, source: "某文件")])
        // An entry without its source, or a list left out, is a broken file: no entries at all.
        #expect(FormulationCatalogue.load(Array("formulations:\n  - {text: 五育并举}\norganisations: []\nterms: []\n".utf8)).isEmpty)
        #expect(FormulationCatalogue.load(Array("formulations:\n  - {text: 五育并举, source: 某文件}\nterms: []\n".utf8)).isEmpty)
        // Values that another resolver would read as numbers, booleans or null stay text.
        let plain = FormulationCatalogue.load(Array("formulations: []\norganisations:\n  - {text: 2035, source: yes}\nterms:\n  - {text: null, source: ~}\n".utf8))
        #expect(plain == [CatalogueEntry("2035", .organisation, source: "yes"), CatalogueEntry("null", .term, source: "~")])
    }

    @Test func theRulesCommandListsTheCatalogueWithItsSources() {
        let notes = Self.rule.metadata.notes.joined(separator: "\n")
        for entry in FormulationCatalogue.entries {
            #expect(notes.contains(entry.text) && !entry.source.isEmpty, "\(entry.text)")
        }
        #expect(notes.contains(".reportkit.yml"))
    }
}
