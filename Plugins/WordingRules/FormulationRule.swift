import ReportModel
import ReportPluginKit

/// `wording.formulation`: an official formulation, organisation name or fixed term written with one
/// character missing, added or replaced, or two swapped ("市政府教育督室"), fixed to the exact form.
public struct FormulationRule: ReportRule {
    static func message(written: String, exact: CatalogueEntry, edit: SingleEdit) -> String {
        "“\(written)”应为\(exact.kind.chineseName)“\(exact.text)”（\(edit.description)）"
    }

    public init() {}

    public let metadata = RuleMetadata(
        id: "wording.formulation",
        title: "规范表述或机构名称写错",
        rationale: """
            党和国家的规范表述、机构名称和法定用语一字不能错。审核人员把这类错误看得比标点错误严重得多，\
            常常首先退回。本规则对照内置词表，找出只差一个字（少字、多字、错字或两字颠倒）的写法，并给出规范写法。\
            数字不同（“二中全会”“三中全会”）或只多一个“的”的写法不算错。
            """,
        defaultSeverity: .error, isFixable: true,
        readsEveryText: true,
        triggeringExamples: [
            "按照↓市政府教育督室的要求开展自查。\n",
            "全面贯彻↓习近平新时代中国特色社会主意思想。\n",
            "坚持↓为党育人，为国育才，落实↓立德树人本根任务。\n",
            "努力↓培养德智体美全面发展的社会主义建设者和接班人。\n",
        ],
        nonTriggeringExamples: [
            "全面贯彻习近平新时代中国特色社会主义思想，落实立德树人根本任务，办好人民满意的教育。\n",
            "报区政府教育督导室和市教育督导委员会办公室备案。\n",
            "学习贯彻党的二十届三中全会精神和党的二十大精神。\n",
            "落实立德树人的根本任务，坚持为党育人、为国育才。\n",
            "重庆市教育委员会、重庆市人民政府教育督导室联合印发评价方案。\n",
        ],
        corrections: [
            RuleCorrection("按照市政府教育督室的要求开展自查。\n", "按照市政府教育督导室的要求开展自查。\n"),
            RuleCorrection("落实立德树人本根任务。\n", "落实立德树人根本任务。\n"),
        ],
        notes: [
            "内置词表 \(FormulationCatalogue.entries.count) 条，每条注明出处（党章、党的二十大报告、《中华人民共和国教育法》、中央和国务院文件、评价方案发文机关）：",
        ] + FormulationCatalogue.entries.map { "  \($0.text)（\($0.kind.chineseName)；\($0.source)）" } + [
            "添加本地的机构名称或表述（如区县名称、本地机构全称），写在 .reportkit.yml 中：",
            "  rules:",
            "    wording.formulation: {terms: [重庆市青溪区教育委员会, 青溪区人民政府教育督导室]}",
            "少于 4 个字的名称只认精确写法，不做近似比对；4 个字的只查少字、多字和错字，不查颠倒。",
        ])

    private static let builtIn = Catalogue(FormulationCatalogue.entries)

    public func check(_ report: Report, context: RuleContext) -> [Diagnostic] {
        let local = context.options(for: metadata.id).strings("terms")
        let catalogue = local.isEmpty
            ? Self.builtIn
            : Catalogue(FormulationCatalogue.entries + local.map { CatalogueEntry($0, .term, source: "本地配置") })
        var diagnostics: [Diagnostic] = []
        for text in RuleText.all(in: report, context: context) {
            for miss in catalogue.nearMisses(in: text) {
                let entry = catalogue.entries[miss.entry]
                let range = text.span.range(ofCharacters: miss.characters)
                diagnostics.append(metadata.diagnostic(
                    Self.message(written: miss.written, exact: entry, edit: miss.edit), at: range,
                    fix: Fix(range: range, replacement: entry.text)))
            }
        }
        return diagnostics
    }
}
