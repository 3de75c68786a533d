import ReportModel

/// A part of the report that is an attachment (`七、附件：主要指标完成情况`): GB/T 9704 (7.3.4, 8.1)
/// names it after the body (`附件：主要指标完成情况`) and sets it after the signature and date, on a
/// new page, under the label `附件` (黑体, flush left) with its own title.
struct Attachment {
    /// The attachment's part; a name the reader split off the heading as run-in text
    /// (`附件：主要指标完成情况` → title `附件`, paragraph `主要指标完成情况`) is taken out of its blocks.
    let section: Section
    /// The attachment's own title: the heading without `附件` and its number and colon, or the run-in
    /// name after the colon; for a bare `附件` heading over an indicator table, `主要指标完成情况`.
    let title: String?

    static func isAttachment(_ section: Section) -> Bool {
        section.role == .appendix && section.level == 1
    }

    static func all(in report: Report) -> [Attachment] {
        report.sections.filter(isAttachment).map(Attachment.init)
    }

    init(_ section: Section) {
        var section = section
        var name = Substring(section.title)
        if name.hasPrefix("附件") { name = name.dropFirst(2) }
        name = name.drop { $0.isNumber || $0 == "：" || $0 == ":" || $0 == " " || $0 == "　" || $0 == "." || $0 == "．" }
        let hasIndicators = section.allBlocks.contains { block in
            if case .table(let table) = block { return table.indicatorTableIndex != nil }
            return false
        }
        if name.isEmpty, case .paragraph(let runIn)? = section.blocks.first, runIn.range.start.line == section.line,
           runIn.text.count <= Self.longestRunInName {
            name = Substring(runIn.text.trimmingCharacters(in: .whitespaces))
            section.blocks.removeFirst()
        }
        self.section = section
        title = name.isEmpty ? (hasIndicators ? "主要指标完成情况" : nil) : String(name)
    }

    /// A run-in text after `附件：` longer than this is body text, not the attachment's name.
    static let longestRunInName = 40

    /// The line naming the attachment after the body: `附件：主要指标完成情况`, numbered when there are several.
    func note(index: Int, of count: Int) -> String {
        let name = title ?? "附件\(index + 1)"
        if count == 1 { return "附件：" + name }
        return (index == 0 ? "附件：" : "　　　") + "\(index + 1)．" + name
    }

    /// The label at the top of the attachment's first page.
    func label(index: Int, of count: Int) -> String {
        count == 1 ? "附件" : "附件\(index + 1)"
    }
}
