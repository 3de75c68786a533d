import ReportModel

/// Builds a report in the form the readers produce from a list of random "events" (a heading one
/// level deeper, a sibling heading, a new part, a paragraph, an item, a table), so that the property
/// tests can try report shapes no fixture has. Texts are invented; each event's second number picks one.
enum GeneratedReport {
    typealias Event = (kind: Int, pick: Int)

    static let parts: [(title: String, role: SectionRole)] = [
        ("基本情况", .basicInfo), ("开展自查工作情况", .selfCheckWork), ("履行教育职责情况", .findings),
        ("工作成效", .achievements), ("存在问题", .problems), ("下一步打算", .nextSteps),
        ("存在问题及整改措施", .problemsAndMeasures), ("其他工作", .other),
    ]
    static let titles = ["加强组织领导", "改善办学条件", "提升教师素质", "规范学校管理", "保障学生安全", "深化课程改革"]
    static let sentences = [
        "全区新建校舍两栋，办学条件明显改善。", "各校按期完成了安全隐患排查。", "教师培训覆盖全体专任教师。",
        "财政教育支出保持稳定增长。", "课后服务实现义务教育学校全覆盖。", "家校协同育人机制逐步完善。",
    ]
    static let tables: [[[String]]] = [
        [["学校", "班级数", "学生数"], ["城区小学", "24", "1080"], ["乡镇小学", "12", "520"]],
        [["学段", "学校", "学生数"], ["小学", "城区小学", "1080"], ["", "乡镇小学", "520"]],
    ]

    static func report(_ events: [Event]) -> Report {
        var builder = Builder()
        for event in events { builder.apply(event) }
        let here = SourceRange(line: 1, column: 1, length: 1)
        return Report(
            path: "generated.txt",
            metadata: ReportMetadata(
                documentNumber: MetadataField(text: "东林府办函〔2025〕9号", range: here),
                title: MetadataField(text: "东林区2024年履行教育职责自查自评报告", range: here),
                recipients: MetadataField(text: "市教委、市政府教育督导室", range: here),
                issuer: MetadataField(text: "东林区人民政府", range: here),
                date: MetadataField(text: "2025年3月2日", range: here),
                district: "东林区", year: 2024),
            preamble: builder.preamble, sections: builder.sections)
    }

    /// Folds events into a section tree; the open path is kept as index paths into `sections`.
    private struct Builder {
        var preamble: [Block] = []
        var sections: [Section] = []
        /// Child indices from the top down to the section that receives blocks.
        var path: [Int] = []
        var nextItem = 1

        mutating func apply(_ event: Event) {
            switch event.kind % 10 {
            case 0: open(level: 1, pick: event.pick)
            case 1: open(level: min(path.count + 1, 4), pick: event.pick)
            case 2: open(level: max(path.count, 1), pick: event.pick)
            case 3, 4, 5, 9: add(.paragraph(Paragraph(span: span(sentences[event.pick % sentences.count]))))
            case 6, 7:
                let raw = ChineseNumeral.string(for: nextItem) + "是"
                add(.item(EnumeratedItem(ordinal: nextItem, raw: raw, span: span(raw + sentences[event.pick % sentences.count]))))
                nextItem += 1
                return
            default:
                let rows = GeneratedReport.tables[event.pick % GeneratedReport.tables.count]
                let here = SourceRange(line: 1, column: 1, length: 1)
                add(.table(Table(rows: rows.map { $0.map { Table.Cell(text: $0, range: here) } }, range: here)))
            }
            nextItem = 1
        }

        private func span(_ text: String) -> TextSpan { TextSpan(text: text, line: 1) }

        private mutating func add(_ block: Block) {
            guard !path.isEmpty else { preamble.append(block); return }
            mutate(path) { $0.blocks.append(block) }
        }

        private mutating func open(level: Int, pick: Int) {
            path = Array(path.prefix(level - 1))
            let siblings = path.isEmpty ? sections.count : section(at: path).children.count
            let ordinal = siblings + 1
            let (title, role) = level == 1
                ? GeneratedReport.parts[pick % GeneratedReport.parts.count]
                : (GeneratedReport.titles[pick % GeneratedReport.titles.count], SectionRole.other)
            let style = MarkerStyle.standard(forLevel: level)
            let here = SourceRange(line: 1, column: 1, length: 1)
            let new = Section(
                marker: Marker(level: level, style: style, ordinal: ordinal, raw: style.format(ordinal), range: here),
                title: title, titleSpan: span(title), role: role, level: level)
            if path.isEmpty { sections.append(new) } else { mutate(path) { $0.children.append(new) } }
            path.append(siblings)
        }

        private func section(at path: [Int]) -> Section {
            var current = sections[path[0]]
            for index in path.dropFirst() { current = current.children[index] }
            return current
        }

        private mutating func mutate(_ path: [Int], _ change: (inout Section) -> Void) {
            func walk(_ section: inout Section, _ rest: ArraySlice<Int>) {
                guard let first = rest.first else { change(&section); return }
                walk(&section.children[first], rest.dropFirst())
            }
            walk(&sections[path[0]], path.dropFirst())
        }
    }
}
