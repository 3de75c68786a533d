import Foundation

/// A table in plain text: one line per row, cells separated by tabs, which Word turns back into a
/// table ("文字转换成表格") and the text reader reads as a table.
///
/// The reader trims whitespace, tabs included, from both ends of a line before splitting it, so a
/// row whose first or last cell is empty (a merged 分类 cell) would lose that cell, and a table of
/// one row or one column would not be read as a table at all. Such a table is written as pipe rows
/// (`| 分类 | 指标 |`, a `|` in a cell written `\|`), which the reader reads cell for cell in
/// text files too.
struct TextTable {
    let rows: [[String]]

    func render() -> [String] {
        tabsSurviveReading ? rows.map { $0.joined(separator: "\t") } : pipeRows
    }

    /// Whether tab-separated rows read back as exactly these rows.
    var tabsSurviveReading: Bool {
        rows.count >= 2 && rows.allSatisfy { row in
            row.count >= 2 && row.first?.isEmpty == false && row.last?.isEmpty == false
                && row.allSatisfy { !$0.contains("\t") && $0.first?.isWhitespace != true && $0.last?.isWhitespace != true }
        }
    }

    private var pipeRows: [String] {
        guard let header = rows.first else { return [] }
        let delimiter = Array(repeating: "---", count: max(header.count, 1))
        return ([header, delimiter] + rows.dropFirst()).map { row in
            "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
    }
}
