import ReportModel

extension Drafter {
    /// The draft as the plain-text file should have it: the appendix's merged 分类 cells (written once,
    /// empty below, as Markdown and Word show them) carried down to every row, so that the text writer
    /// writes the table as tab-separated rows rather than a Markdown-style pipe table.
    public static func plainTextVersion(of report: Report) -> Report {
        var report = report
        report.sections = report.sections.map(carryingCategoriesDown)
        return report
    }

    private static func carryingCategoriesDown(_ section: Section) -> Section {
        var section = section
        section.blocks = section.blocks.map { block in
            guard case .table(var table) = block, table.indicatorTableIndex != nil else { return block }
            var above = ""
            for index in table.rows.indices.dropFirst() {
                guard let first = table.rows[index].first else { continue }
                if first.text.isEmpty, !above.isEmpty {
                    table.rows[index][0].text = above
                } else {
                    above = first.text
                }
            }
            return .table(table)
        }
        section.children = section.children.map(carryingCategoriesDown)
        return section
    }
}
