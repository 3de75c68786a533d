import ReportModel
import ReportScheme

/// Turns an evaluation scheme and a district's data into a `Report`: every category and point of the
/// scheme becomes a numbered section in the scheme's order, unanswered points get a visible
/// `【待填写：…】` placeholder, and every derived figure is computed, never typed.
public struct Drafter: Sendable {
    public let scheme: EvaluationScheme
    private let renderer: PatternRenderer

    /// Compiles the scheme's patterns; a bad pattern is an error naming the template's line.
    public init(scheme: EvaluationScheme) throws(DraftingError) {
        self.scheme = scheme
        self.renderer = try PatternRenderer(scheme: scheme)
    }

    /// The placeholder a draft leaves where the data says nothing (which `placeholder.unfilled` reports).
    public static func placeholder(_ what: String) -> String { "【待填写：\(what)】" }

    /// Drafts the report. Data naming a point the scheme lacks, or parts larger than their total,
    /// is an error naming the data file and line.
    public func draft(_ data: DistrictData, path: String? = nil) throws(DraftingError) -> Report {
        let answers = try answersByPoint(data)
        let sentences = FigureSentences(renderer: renderer, path: data.path)
        var layout = DraftLayout()
        var report = Report(path: path ?? data.path)
        let values = commonValues(data)
        report.metadata.district = data.district
        report.metadata.year = data.year
        if let number = data.documentNumber { report.metadata.documentNumber = layout.field(number) }
        report.metadata.title = layout.field(data.title ?? FigureSentences.trimmed(renderer.render(.title, values)))
        report.metadata.recipients = layout.field(data.recipients ?? Self.placeholder(Self.recipientsField))
        let opening = FigureSentences.trimmed(renderer.render(.opening, values))
        if !opening.isEmpty { report.preamble = [layout.paragraph(opening + "。")] }

        for (index, part) in scheme.requiredParts.enumerated() {
            var section = layout.heading(level: 1, ordinal: index + 1, title: part.heading, role: part.role)
            switch part.role {
            case .basicInfo:
                section.blocks = [layout.paragraph(try basicInfo(data, sentences: sentences, values: values))]
            case .selfCheckWork:
                let paragraphs = data.selfCheck.isEmpty ? [Self.placeholder(part.heading)] : data.selfCheck
                section.blocks = paragraphs.map { layout.paragraph($0) }
            case .rectification:
                section.children = titled(data.rectification, placeholder: part.heading, into: &section, layout: &layout)
            case .findings:
                (section.blocks, section.children) = try findings(answers, sentences: sentences, layout: &layout)
            case .achievements:
                section.children = titled(data.achievements, placeholder: part.heading, into: &section, layout: &layout)
            case .problems:
                section.children = titled(data.problems, placeholder: part.heading, into: &section, layout: &layout)
            case .nextSteps:
                section.children = titled(data.nextSteps, placeholder: part.heading, into: &section, layout: &layout)
            case .problemsAndMeasures:
                section.children = titled(
                    data.problems + data.nextSteps, placeholder: part.heading, into: &section, layout: &layout)
            case .appendix:
                if data.indicators.isEmpty && !scheme.allPoints.contains(where: { !$0.point.indicators.isEmpty }) {
                    section.blocks = [layout.paragraph(Self.placeholder(part.heading))]
                } else {
                    let appendix = IndicatorAppendix(data: data, scheme: scheme)
                    let (block, table) = try appendix.build(layout: &layout, tableIndex: report.indicatorTables.count)
                    section.blocks = [block]
                    report.indicatorTables.append(table)
                }
            case .other:
                section.blocks = [layout.paragraph(Self.placeholder(part.heading))]
            }
            report.sections.append(section)
        }
        report.metadata.issuer = layout.field(data.issuer ?? Self.placeholder(Self.issuerField))
        report.metadata.date = layout.field(data.date ?? Self.placeholder(Self.dateField))
        return report
    }

    /// What the placeholders for 主送机关, 落款 and 成文日期 ask for, when the data lacks them.
    public static let recipientsField = "主送机关"
    public static let issuerField = "落款单位"
    public static let dateField = "成文日期"
    public static let schemeDocumentNumberField = "评价方案文号"

    /// Values every pattern may use.
    private func commonValues(_ data: DistrictData) -> [String: Any] {
        [
            "district": data.district, "year": String(data.year), "city": scheme.city,
            "scheme_year": String(scheme.year), "scheme_title": scheme.title,
            "issuer": data.issuer ?? data.district + "人民政府",
            "scheme_issuer": scheme.issuer,
            "scheme_document_number": scheme.documentNumber ?? Self.placeholder(Self.schemeDocumentNumberField),
            "is_letter": data.kind == .letter, "is_report": data.kind == .report,
        ]
    }

    /// The answers by point id; an id the scheme lacks is an error at its line in the data.
    private func answersByPoint(_ data: DistrictData) throws(DraftingError) -> [String: PointAnswer] {
        var result: [String: PointAnswer] = [:]
        for answer in data.points {
            guard scheme.point(id: answer.pointID) != nil else {
                let known = scheme.allPoints.map(\.point.id)
                let sample = known.prefix(6).joined(separator: "、") + (known.count > 6 ? "…" : "")
                throw DraftingError(
                    path: data.path, at: answer.location,
                    detail: "评价方案“\(scheme.title)”中没有编号为“\(answer.pointID)”的评价要点（方案中的编号有：\(sample)）")
            }
            result[answer.pointID] = answer
        }
        return result
    }

    private func basicInfo(
        _ data: DistrictData, sentences: FigureSentences, values: [String: Any]
    ) throws(DraftingError) -> String {
        guard !data.basics.isEmpty else { return Self.placeholder("基本情况") }
        var figures: [[String: Any]] = []
        for (index, figure) in data.basics.enumerated() {
            figures.append([
                "text": try sentences.sentence(figure), "first": index == 0, "last": index == data.basics.count - 1,
            ])
        }
        var context = values
        context["figures"] = figures
        return FigureSentences.trimmed(renderer.render(.basicInfo, context)) + "。"
    }

    private func findings(
        _ answers: [String: PointAnswer], sentences: FigureSentences, layout: inout DraftLayout
    ) throws(DraftingError) -> ([Block], [Section]) {
        let numbering = scheme.pointNumbering ?? .perCategory
        func paragraphs(_ point: EvaluationPoint) throws(DraftingError) -> [String] {
            var paragraphs: [String] = []
            if let answer = answers[point.id] {
                paragraphs = answer.paragraphs
                if let figures = try sentences.paragraph(answer.figures) { paragraphs.append(figures) }
            }
            return paragraphs.isEmpty ? [Self.placeholder(point.title)] : paragraphs
        }
        // A flat list of duties: the points are the parts' （一）（二）… headings, or 一是/二是 paragraphs.
        if scheme.isFlat, numbering != .firstSecond {
            var sections: [Section] = []
            for (index, point) in scheme.categories[0].points.enumerated() {
                var section = layout.heading(level: 2, ordinal: index + 1, title: point.title, role: .other)
                section.blocks = try paragraphs(point).map { layout.paragraph($0) }
                sections.append(section)
            }
            return ([], sections)
        }
        var categories: [Section] = []
        var continuous = 0
        var flatBlocks: [Block] = []
        for (categoryIndex, category) in scheme.categories.enumerated() {
            var group = scheme.isFlat
                ? Section(marker: nil, title: "", titleSpan: TextSpan(text: "", line: 0), role: .other, level: 2)
                : layout.heading(level: 2, ordinal: categoryIndex + 1, title: category.title, role: .other)
            for (pointIndex, point) in category.points.enumerated() {
                continuous += 1
                let texts = try paragraphs(point)
                if numbering == .firstSecond {
                    // `一是健全……。` then the answer, in one paragraph; further paragraphs follow it.
                    let lead = ChineseNumeral.string(for: pointIndex + 1) + "是" + point.title + "。"
                    group.blocks.append(layout.paragraph(lead + texts[0]))
                    group.blocks += texts.dropFirst().map { layout.paragraph($0) }
                    continue
                }
                let ordinal = numbering == .continuous ? continuous : pointIndex + 1
                var section = layout.heading(level: 3, ordinal: ordinal, title: point.title, role: .other)
                section.blocks = texts.map { layout.paragraph($0) }
                group.children.append(section)
            }
            if scheme.isFlat { flatBlocks = group.blocks } else { categories.append(group) }
        }
        return (flatBlocks, categories)
    }

    /// Titled items as （一）… sub-sections; a placeholder paragraph when there are none.
    private func titled(
        _ items: [TitledText], placeholder: String, into section: inout Section, layout: inout DraftLayout
    ) -> [Section] {
        guard !items.isEmpty else {
            section.blocks = [layout.paragraph(Self.placeholder(placeholder))]
            return []
        }
        return items.enumerated().map { index, item in
            var child = layout.heading(level: 2, ordinal: index + 1, title: item.title, role: .other)
            child.blocks = item.paragraphs.map { layout.paragraph($0) }
            return child
        }
    }
}
